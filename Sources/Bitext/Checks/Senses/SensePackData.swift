/// The domain packs bitext ships, in the glossary's CSV format with a `context` column:
/// `source` (English forms, `|`-separated), `target` (the domain's renderings), `forbidden`
/// (renderings of another sense), `note` (that other sense, for the message) and `context`
/// (when the entry applies: empty for anywhere in the domain, `label` for a short interface
/// label, `near:word|word` for a source that also says one of those words, any one of these
/// sufficing; `unless:word|word` for a source that says none of those words; several
/// conditions separated by spaces). Renderings are Simplified; a
/// Traditional target is read through OpenCC.
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
        """

    /// Idioms whose word-for-word Chinese a machine writes and a reader cannot take for the
    /// figure: each literal rendering names the image (a day ending, a baseball park, a car's
    /// bonnet), and `unless:` leaves out sources that speak of the image itself.
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
        """
}
