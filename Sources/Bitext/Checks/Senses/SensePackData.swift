/// The domain packs bitext ships, in the glossary's CSV format with a `context` column:
/// `source` (English forms, `|`-separated), `target` (the domain's renderings), `forbidden`
/// (renderings of another sense), `note` (that other sense, for the message) and `context`
/// (when the entry applies: empty for anywhere in the domain, `label` for a short interface
/// label, `alone` for a source that is the word alone (a button), `near:word|word` for a source
/// that also says one of those words, any one of these sufficing; `unless:word|word` for a
/// source that says none of those words; several conditions separated by spaces). Renderings
/// are Simplified; a Traditional target is read through OpenCC.
///
/// Entries are senses a dictionary gives first but a domain never means: a translator or an
/// engine that picks the first sense writes them. Where the everyday sense is also plausible
/// in the domain (a delivery app's "Post"), the entry is left out or narrowed by context.
enum SensePackData {
    static let technology = """
        source,target,forbidden,note,context
        bug|bugs,错误|缺陷|漏洞|问题|故障|bug|臭虫,虫子|昆虫,an insect,
        mouse,鼠标|滑鼠,老鼠|耗子,the animal,
        cookie|cookies,cookie|缓存|网站数据,饼干|曲奇,a biscuit,
        spam,垃圾邮件|垃圾信息|垃圾消息,午餐肉,luncheon meat,
        server|servers,服务器|服务端|伺服器|服务,服务员|侍者,a waiter,
        window|windows,窗口|视窗|windows,窗户|窗子,a window of a building,
        chip|chips,芯片|晶片|芯片组,薯片|炸薯条,potato chips,
        stream|streams,流|串流|直播|数据流|推流,溪流|小溪|溪水,a brook,
        thread|threads,线程|帖子|讨论串|主题帖|会话,螺纹|丝线|线头|纱线,a sewing thread,
        driver|drivers,驱动程序|驱动|驱动器,司机|驾驶员,a person who drives,near:install|installed|update|updated|device|graphics|gpu|printer|kernel|hardware|audio|video|usb|nvidia
        branch|branches,分支,分公司|树枝|分行|支行,a branch office or of a tree,near:git|merge|merged|commit|commits|repository|repo|checkout|feature|rebase|pull|push
        commit|commits,提交|提交记录,承诺|犯下|犯罪,a promise or a crime,near:git|branch|message|push|changes|hash|history|repository|repo|merge
        table|tables,表|表格|数据表,桌子|餐桌|书桌,furniture,near:database|column|columns|row|rows|sql|schema|insert|select|query|lookup|hash|routing
        query|queries,查询|请求|查询语句|query|询问,质疑,to call into question,near:api|database|sql|search|index|endpoint|server|servers|cache|model|models|gpu|gpus|token|tokens
        library|libraries,库|程序库|函数库|链接库|类库|软件库,图书馆,a building that lends books,near:shared|dynamic|static|code|link|linked|linking|import|imported|runtime|standard|native|dll|package|packages|dependency|dependencies|python|javascript|java|rust|client
        image|images,镜像|映像|图像|图片|影像|图|image|画面|照片|头像|相片,形象,a person's or a brand's public image,near:docker|container|containers|registry|pull|pulled|push|pushed|build|built|tag|tagged|disk|iso|boot|vm|virtual|generation|generate|generated|generating|generator|file|files|upload|uploaded|pixel|pixels|resolution|png|jpeg|jpg|base|os|install|deploy|ship|shipped unless:brand|reputation|self|corporate|avatar
        container|containers,容器|container,集装箱|货柜,a shipping container,near:docker|kubernetes|pod|pods|image|images|runtime|sidecar|cgroup|cgroups|run|running|deploy|deployed
        memory,内存|存储器|显存|存储|记忆体|缓存|memory,记忆|回忆|纪念,remembering,near:gpu|gpus|bandwidth|ram|hbm|gb|gigabytes|megabytes|allocation|allocate|allocated|leak|leaks|usage|cpu|dram|sram|bytes|heap|footprint
        socket|sockets,套接字|socket|插槽|接口,插座|插口,an electrical outlet,near:tcp|udp|unix|connection|connections|listen|bind|port|network|websocket|domain
        kernel|kernels,内核|核心|核函数|kernel|核,果仁|谷粒|核仁|籽粒,a seed or a grain,near:linux|os|module|modules|cuda|gpu|gpus|panic|driver|drivers|version|space|operating
        terminal,终端|终端机|命令行|terminal|终端窗口,航站楼|晚期|终点站|候机楼,an airport building or a fatal stage of illness,near:command|run|shell|type|window|open|bash|linux|macos|commands|emulator
        script|scripts,脚本|script|指令码|程序,剧本|手稿|手迹|字体,a screenplay or handwriting,near:shell|bash|python|run|install|installation|javascript|build|execute|executable|npm|powershell|sh|command unless:comedy|film|movie|tv|television|episode|episodes|play|plays|writer|writers|wrote|published|actor|actors
        log|logs,日志|记录|log|输出,原木|木头|木材,a piece of wood,near:error|errors|file|files|access|debug|server|output|level|console|event|events|audit|proxy|envoy|container|pod
        crash|crashes|crashed,崩溃|闪退|当机|宕机|挂掉|故障|crash,撞车|坠毁|车祸|相撞,a collision,near:app|application|program|browser|system|server|process|kernel|bug|error|tab|game|report|reports
        fork|forks|forked,分叉|复刻|派生|分支|fork|衍生,叉子|餐叉,a table fork,near:repo|repository|github|project|process|child|code|source|branch
        default,默认|预设|缺省|原始|default,违约|拖欠,failing to repay a debt,near:value|values|settings|setting|option|options|config|configuration|browser|app|namespace|port|profile|mode|behavior|behaviour
        property|properties,属性|特性|性质|property|设置|参数|字段,财产|房产|地产|物业,a possession or real estate,near:object|class|css|json|value|set|get|yaml|field|attribute|attributes|element|spec|component
        field|fields,字段|栏位|域|栏|栏目|field|项|输入框,田野|田地|场地|球场,a field of crops or sport,near:form|forms|json|struct|database|column|value|values|required|input|yaml|schema|text|name|email|password
        string|strings,字符串|字串|串|string|文本|字符,琴弦|细绳|绳子|线绳,a cord,near:return|returns|value|type|format|character|characters|empty|input|regex|json|parse|variable|quoted|literal|substring|array
        flag|flags,标志|标记|参数|选项|旗标|flag|开关|标识,旗帜|国旗|旗子,a banner,near:command|cli|option|options|compiler|feature|pass|passed|boolean|set|line|kubectl|istioctl
        boot|boots|booting,启动|引导|开机|boot,靴子|长靴|靴,footwear,near:system|disk|os|linux|computer|secure|time|loader|partition|reboot|device|image|kernel
        traffic,流量|通信|请求|数据|traffic,交通|车流,road traffic,near:network|http|https|mesh|ingress|egress|service|services|proxy|routing|route|tcp|requests|gateway|sidecar|inbound|outbound
        pod|pods,pod|容器组,豆荚|吊舱|荚,a seed pod or a gondola,near:kubernetes|container|containers|deployment|namespace|sidecar|cluster|istio|kubectl|node|nodes
        bucket|buckets,存储桶|桶|bucket|存储分区|储存桶,水桶|提桶,a pail,near:s3|storage|object|objects|gcs|cloud|upload|aws|token
        wafer|wafers,晶圆|晶片|硅片|wafer,威化饼|薄饼|圣饼|威化,a biscuit,
        mount|mounts|mounted|mounting|mountpoint|mountpoints,挂载|装载|挂接|mount,安装,installing,near:drive|drives|filesystem|filesystems|volume|volumes|point|points|mountpoint|unmount|readonly|vfs|fuse|disk|disks|nfs|smb|configmap|secret|secrets|directory|path
        age,存留时间|时长|有效期|时效|寿命|期限|age|存活时间|保留时间|最长时间|时间,年龄|岁数|年纪,a person's age,near:cache|max|maximum|token|cookie|cookies|session|sessions|header|backup|snapshot|certificate|certificates|ttl
        stack|stacks,栈|堆栈|技术栈|协议栈|stack|软件栈,一叠|一摞|一堆,a pile,near:trace|overflow|frame|call|technology|tech|full|software|network|protocol|frontend|backend
        class|classes,类|类别|class|类名,班级|课程|阶级|课堂|上课,a school class or a social class,near:method|methods|object|objects|instance|inherit|inherits|subclass|interface|constructor|java|python|css|attribute|html
        object|objects,对象|物件|object|实例,物体|反对|物品,a physical thing or an objection,near:json|class|method|property|properties|instance|javascript|array|null|key|keys|api|kubernetes|yaml|custom|resource
        """

    static let software = """
        source,target,forbidden,note,context
        exit,退出|离开|结束|关闭,出口|出路,a way out of a place,label
        home,主页|首页|主屏幕|主目录|起始页|开始|家庭|home,家|住宅,a dwelling,label
        back,返回|后退|上一步|上一页,背部|后背|背面,the back of the body,label
        session|sessions,会话|工作阶段|连线阶段|工作会话,届会|会期,a sitting of an assembly,
        build|builds,构建|生成|编译|版本|建置|内部版本,建物|建筑物|楼房,a building,
        architecture|architectures,架构|体系结构|结构,建筑|建筑学,the design of buildings,
        port|ports,端口|连接埠|接口|移植|埠,港口|海港|港,a harbour,
        save,保存|储存|存储|存盘|另存|节省,救|拯救|挽救|救援,to rescue,label
        host|hosts,主机|宿主|托管|主机名,主办|东道主|主持人,the host of an event,label
        argument|arguments,参数|引数|自变量,争论|论据|辩论|争吵,a dispute,label near:command|function|method|pass|passed|process|parameter|parameters|flag|flags
        shell|shells,命令行|壳层|壳程序|外壳程序|终端|shell|外壳,贝壳|壳,a seashell or husk,
        job|jobs,作业|任务,职位|工作岗位|职业|差事,employment,label
        top,顶部|置顶|顶端|顶层|最上,最佳|最好,the best,label
        execute,执行|运行,处决|处死,to put to death,
        run,运行|执行|启动,跑|奔跑|跑步,to run on foot,label
        share,共享|分享|共用,股份|股票|份额,a part of a company,label
        clear,清除|清空|清理|清掉,清楚|清晰|透明,evident or transparent,label
        refresh,刷新|重新整理|重新载入,提神,to refresh oneself,
        block,屏蔽|封锁|阻止|拦截|封禁|块|区块,街区,a city block,label
        feed|feeds,订阅源|动态|资讯|提要|源|信息流,饲料|喂养,animal feed,label
        trash,垃圾桶|回收站|废纸篓|资源回收筒|垃圾箱|回收筒|trash,垃圾,garbage itself,label
        no,否|不|取消|不要|不是|no|关闭,没有,there being none,alone
        mount|mounts|mounted|mounting|mountpoint|mountpoints,挂载|装载|挂接|mount,安装,installing,label near:drive|drives|filesystem|filesystems|volume|volumes|point|points|unmount|readonly|vfs|fuse|disk|disks|nfs|smb|remote|network
        key|keys,密钥|键|按键|金钥|秘钥|key|快捷键,钥匙,a door key,near:api|private|public|secret|encryption|encrypt|ssh|license|product|keyboard|press|signing|access|generate|certificate|hotkey|shortcut|gpg|pgp
        """

    static let ai = """
        source,target,forbidden,note,context
        model|models,模型,模特|模特儿,a fashion model,
        model|models,模型,模式,a pattern or a business model,unless:business|pricing|revenue|revenues|subscription|licensing|foundry|mental|role|money|profit|profits|monetization|sales
        weights,权重|参数|模型权重,重量|体重|砝码,physical weight,near:model|models|open|network|neural|release|released|training|trained|parameters|layer|layers|architecture
        architecture|architectures,架构|体系结构|结构,建筑|建筑学,the design of buildings,
        token|tokens,词元|标记|令牌|token|词符,代币|硬币|纪念品,a coin or a keepsake,near:per|context|input|output|generate|generated|generates|generating|model|models|million|billion|trillion|vocabulary|second|tokenizer|prediction|predict|next
        agent|agents,智能体|代理|智能代理|代理人|agent|助手|智能助理,特工|间谍|经纪人,a spy or a broker,
        training,训练,培训|培养,teaching people a job,near:model|models|data|run|runs|compute|gpu|gpus|loss|neural|network|llm|llms|set|pre|post|reinforcement
        inference,推理,推论,a logical inference,near:model|models|gpu|gpus|compute|cost|costs|serving|time|speed|run|chips|hardware|workloads
        transformer|transformers,transformer|变换器|转换器,变压器|变形金刚,an electrical transformer or a toy robot,near:architecture|model|models|attention|layer|layers|neural|language|network|based
        prompt|prompts,提示|提示词|指令|prompt,及时|迅速|敏捷,timely,
        scaling|scale|scaled,扩展|缩放|规模化|扩大|规模|扩容,鳞片|攀登|天平,a balance or a fish's scales,
        release|releases|released|releasing,发布|推出|发行|公布|开源|发表|释出|版本,释放,setting free or letting off pressure,unless:memory|resource|resources|lock|locks|pressure|energy|heat|tension|hostage|hostages|prisoner|prisoners|emissions|gas|toxic|chemicals|button|key|mouse|handle|cache|buffer|buffers|ram|vram
        ship|ships|shipped|shipping,发布|推出|上线|交付|发货|出货|ship,船|轮船|船只|装运|运送|海运|运输,carrying goods by sea,near:model|models|feature|features|code|software|version|app|update|product|products unless:gpu|gpus|chip|chips|units|servers|hardware|cargo|container|customers|wafer|wafers
        frontier,前沿|尖端|最先进|frontier,边境|边疆|国境|边界,a border between countries,near:model|models|lab|labs|ai|research|capabilities
        alignment,对齐|校准|一致|alignment,结盟|排列|排队|联盟,taking sides or lining up,near:model|models|safety|ai|rlhf|human|values|research|researchers|problem
        checkpoint|checkpoints,检查点|存档点|checkpoint|快照,关卡|哨卡|检查站,a guard post,near:model|models|training|save|saved|load|weights|restore
        epoch|epochs,轮|周期|epoch|轮次|遍,时代|纪元,an era,near:training|trained|train|model|models|data|dataset|learning
        serve|serves|served|serving,服务|部署|提供|推理|serve|响应|运行,伺候|侍候|上菜|端上|招待|服役,serving at table or in the army,near:model|models|inference|api|requests|traffic|tokens|gpu|gpus|users
        """

    /// Idioms and speech slang ("vibes", "bangers") whose word-for-word Chinese a machine writes
    /// and a reader cannot take for the figure: each literal rendering names the image (a day
    /// ending, a baseball park, a car's bonnet, a sausage), and `unless:` leaves out sources that
    /// speak of the image itself.
    static let idioms = """
        source,target,forbidden,note,context
        at the end of the day,归根结底|归根到底|说到底|到头来|终究,一天结束|一天的结束|一天结束时,the end of a day,unless:evening|night|tired|home|sunset|dinner|bed|morning|sleep|shift
        ballpark,粗略|大致|量级,棒球场,a baseball stadium,unless:baseball|stadium|game|games|team|fans|inning|innings|pitcher
        under the hood,底层|幕后|内部机制|内部原理,引擎盖|兜帽|发动机罩,a car's bonnet,unless:car|cars|engine|vehicle|mechanic|truck
        table stakes,基本要求|入场券|门槛|标配,赌注|赌桌,stakes at a gambling table,unless:poker|casino|gambling|bet|bets
        move the needle|moves the needle|moved the needle|moving the needle,产生影响|起作用|有所改观|带来改变,针|指针,a needle,unless:sewing|thread|compass|gauge|meter|dial
        piece of cake,小菜一碟|轻而易举|易如反掌|不费吹灰之力,一块蛋糕|一片蛋糕,a slice of cake,unless:eat|ate|eating|birthday|bake|baked|dessert|chocolate|slice|cream
        in a nutshell,简而言之|总而言之|简单来说|一句话,坚果壳|果壳|坚果,a nutshell,
        bite the bullet,硬着头皮|咬紧牙关|忍痛|豁出去,咬子弹|咬住子弹,biting a bullet,
        spill the beans,说漏嘴|泄露|和盘托出|泄密,洒豆子|豆子,spilt beans,unless:kitchen|cooking|soup|coffee
        beat around the bush|beating around the bush,拐弯抹角|兜圈子|绕圈子,灌木|树丛,a bush,unless:garden|hunting|hunt
        hit the nail on the head,一针见血|说到点子上|切中要害|一语中的,钉子,a nail,unless:hammer|carpenter|wood
        once in a blue moon,千载难逢|极少|难得,蓝月|蓝色的月亮,a blue moon,unless:astronomy|lunar|eclipse
        under the bus,出卖|替罪羊|甩锅|背锅,公共汽车|巴士|公交车,a bus,unless:ride|rode|station|stop|driver|seat|passengers|road
        back to the drawing board,从头再来|推倒重来|重新开始,绘图板|画板|制图板,a drawing board,unless:architect|draftsman|drawing|sketch
        a dime a dozen,多如牛毛|随处可见|比比皆是|遍地都是,一毛钱一打|一角钱一打|十美分一打,ten cents for twelve,
        call it a day,收工|到此为止|告一段落,称之为一天|称它为一天|叫它一天,naming a day,
        the writing on the wall,不祥之兆|预兆|征兆|大势已去,墙上的字|墙上的文字|墙上写着,writing on a wall,unless:graffiti|painted|paint
        when pigs fly,绝不可能|不可能|太阳从西边出来,猪会飞|猪飞,flying pigs,
        pulling my leg|pull my leg|pulling your leg|pulling his leg|pulling her leg,开玩笑|捉弄|逗你|逗我,拉我的腿|扯我的腿|拉你的腿|拉他的腿|拉她的腿|拉腿|扯腿,pulling a leg,
        low-hanging fruit|low hanging fruit,唾手可得|容易实现|容易摘|轻而易举|容易的成果|容易解决,低垂的果实|低挂的果实|低处的果实|挂得低的果实|低垂果实,fruit on low branches,unless:tree|trees|orchard|harvest|pick|picking|apple|apples
        on the same page,达成共识|想法一致|意见一致|共识|保持一致|步调一致|同步,同一页|同一页面,one page of a book,unless:document|book|website|web|html|scroll|link|pages|tab|screen|app
        cutting edge|cutting-edge,尖端|前沿|最先进|领先|最新,切割边缘|切削刃|刀刃|切边,the edge of a blade,unless:knife|blade|tool|saw|sharp|sharpen
        bleeding edge|bleeding-edge,最前沿|尖端|最新|前沿,流血边缘|出血边缘|流血的边缘,a bleeding edge,
        hands down,毫无疑问|无疑|绝对|毫无悬念,放下手|双手向下|把手放下|手放下,lowering the hands,unless:raise|raised|arms|lower|put
        long shot,希望渺茫|机会渺茫|可能性很小|不太可能,远射|长镜头,a shot from far away,unless:ball|goal|soccer|football|basketball|camera|film|photo|shoot|shooting
        on the fence,犹豫不决|观望|举棋不定|骑墙,在篱笆上|栅栏上|在围栏上|篱笆,a fence,unless:garden|yard|paint|painted|cat|bird|climb|climbed|wooden
        from scratch,从头开始|从零开始|从头|从零|白手起家,从划痕|从抓痕|划痕|抓痕|刮痕,a scratch,unless:car|paint|screen|surface|cat|scratches|scratched
        up in the air,悬而未决|未定|尚无定论|不确定,在空中|空中,in the sky,unless:plane|flight|fly|flying|throw|threw|thrown|jump|jumped|balloon|bird|birds|kite|hands|smoke|dust
        drop in the bucket,杯水车薪|九牛一毛|沧海一粟,桶里的一滴|水桶里的一滴|桶中一滴|桶里一滴,a drop of water in a pail,
        break the bank|breaks the bank|breaking the bank,花大钱|倾家荡产|花费巨大|太贵,打破银行|破坏银行|砸银行,breaking a bank,
        an arm and a leg,代价高昂|花费巨大|非常昂贵|天价|一大笔钱,一条胳膊和一条腿|胳膊和腿|一只手臂和一条腿|手臂和腿,an arm and a leg,
        let the cat out of the bag,泄露秘密|说漏嘴|泄密,猫从袋子里|把猫放出|猫从包里|把猫从袋子,a cat in a bag,
        hit the ground running,迅速进入状态|立即投入|马上上手|全力以赴,落地就跑|着地就跑|落地即跑|一落地就跑,running on landing,
        jump the gun|jumped the gun|jumping the gun,抢跑|操之过急|过早行动|抢先,跳枪|跳过枪,jumping a gun,
        red tape,繁文缛节|官僚作风|官僚程序|繁琐手续,红色胶带|红带子|红胶带|红色带子,a red ribbon,unless:ribbon|gift|wrap|wrapped|tape|cut
        get the ball rolling|got the ball rolling|keep the ball rolling|getting the ball rolling,开始行动|启动|开个头|推动,让球滚|球滚起来|滚球|球滚动,a rolling ball,
        wrap my head around|wrap your head around|wrap their heads around|wrapping my head around|wrap our heads around|wrap his head around,理解|想通|弄明白|搞懂|消化,把头包|包住头|包住我的头|绕着我的头|包裹我的头|缠住头,wrapping a head,
        the real deal,真家伙|货真价实|名副其实|真本事|真材实料,真正的交易,a real transaction,unless:trade|contract|merger|acquisition|sign|signed|price|buyer|seller
        big deal,大事|了不起|要紧|重要,大交易|大买卖|一笔大交易,a large transaction,unless:trade|contract|merger|acquisition|signed|billion|million|investment|sale|sales|purchase|acquire|acquired|buy|bought|price|money
        the whole nine yards,全部|一切|全套|所有,九码|整整九码,nine yards,
        rule of thumb,经验法则|经验之谈|大致规则|凭经验,拇指规则|拇指法则|大拇指规则|拇指定律,a rule about a thumb,unless:finger|fingers|hand|hands
        sanity check|sanity checks,合理性检查|检查|核查|验证|检验,理智检查|精神检查|精神状态检查|心智检查|神智检查|理性检查,checking someone's mind,
        grain of salt,半信半疑|持保留态度|谨慎看待|有所保留,一粒盐|一撮盐|一颗盐|少许盐,a grain of salt,unless:cook|cooking|recipe|food|soup|taste
        in hot water,陷入困境|麻烦|有麻烦,热水,hot water,unless:temperature|boil|boiling|shower|tea|bath|heat|cook|heater|kettle
        under the weather,身体不适|不舒服|不太舒服|生病,在天气下|天气之下|在天气之下,being below the weather,
        cold feet,临阵退缩|打退堂鼓|退缩|犹豫,冷脚|脚冷|脚很冷|冰冷的脚,cold feet,unless:winter|socks|snow|ice|blanket|shoes
        see eye to eye,意见一致|看法一致|观点一致|达成一致,眼对眼|眼睛对眼睛|目对目,eyes facing eyes,
        over the moon,欣喜若狂|非常高兴|高兴极了|喜出望外,在月球上|越过月亮|月亮之上|在月亮上|月亮上空,above the moon,unless:space|nasa|rocket|astronaut|lunar|landing|orbit|satellite
        in the long run,从长远来看|长远来看|从长远看|长期来看|最终|长远,在长跑中|长跑,a long-distance race,unless:marathon|running|race|runner|runners|jog|jogging
        a ton of|tons of,大量|很多|许多|一大堆|成吨|海量,一吨|几吨|数吨,a unit of weight,unless:weight|weighs|weigh|kg|steel|coal|cargo|pounds|carbon|co2|tonnes|metric|emissions|cement|water
        vibe|vibes,氛围|感觉|气氛|直觉|风格|vibe|感受|调性,感应|振动|震动,a vibration,unless:vibration|vibrations|vibrate|vibrates|phone|motor|sensor|haptic
        banger|bangers,佳作|神作|爆款|好作品|杰作|精品|大作,香肠|爆竹|鞭炮|破车,a sausage or a firecracker,unless:sausage|sausages|food|breakfast|mash|car|cars|firework|fireworks|eat|ate
        """
}
