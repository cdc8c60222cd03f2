namespace MoocBot.Core.Answering;

/// <summary>
/// The hand-made language knowledge of the answerer: synonym groups, stop words and the words that
/// mark what kind of answer a question wants. Everything here passes through the same stemmer as
/// the questions and the facts, so entries are written in plain English.
/// </summary>
internal static class SynonymTable
{
    /// <summary>
    /// Synonym groups, one a line: <c>concept[+implied][~][@] = phrase | phrase | ...</c>. Every phrase
    /// maps to the concept (the group's name, itself a word); an implied concept is added at half
    /// weight ("a MOOC is a course"), so "how many courses" still finds the MOOC count among its
    /// candidates. <c>~</c> marks a light verb, which weighs less; <c>@</c> marks words naming the
    /// source (newspaper, reporter, ministry), which only attribute when the question asks for a
    /// figure ("According to People's Daily, how many MOOCs ...").
    /// </summary>
    public static readonly string[] Groups =
    [
        "mooc+course = mooc | massive open online course | massive online open course | massive open online | open online course | online course | online class | e-course | ecourse | web course | internet course | online education | online learning | e-learning | elearning | distance learning | internet education | 慕课 | 在线课程 | 网课 | 大规模开放在线课程 | 在线开放课程",
        "course = course | class | module | 课程 | 门课 | 课 | 门次",
        "learner = learner | student | pupil | people studying | people study | people learning | people learn | person studying | person learning | study | learn | learnt | people enrol | people enroll | people enrolled | enrolment | enrollment | enrol | enroll | enrollee | 学生 | 学习者 | 学员 | 学习人数 | 学习 | 学 | 在学",
        "reguser+user = registered user | registered | registration | register | registrant | people registered | people register | people signed up | people sign up | signed up | sign up | signup | sign-on | account | user account | 注册用户 | 注册",
        "user = user | member | 用户",
        "east = east | eastern | eastern china | eastern region | east china | 东部",
        "west = west | western | western region | western china | west china | western part | western area | western province | 西部",
        "teacher = teacher | instructor | lecturer | professor | prof | faculty | educator | tutor | teaching staff | 教师 | 老师",
        "university = university | college | uni | varsity | higher education institution | institution | campus | school | 高校 | 大学 | 院校 | 学校",
        "visit = visit | visitor | page view | pageview | view | hit | traffic | access | 访问 | 浏览 | 访问量 | 访问次数 | 总访问 | 浏览量",
        "credit = credit | credit hour | 学分",
        "recognise = recognise | recognition | recognised | accept | accredit | acknowledge | award | earn | obtain | gain | 认定 | 认可",
        "mutual = mutual | mutually | each other | one another | reciprocal | exchange | 互认",
        "country = country | nation | 国家",
        "region = region | territory | 地区",
        "discipline = discipline | subject | field of study | academic field | field | subject area | branch of learning | 学科 | 学科门类",
        "category = category | specialty | speciality | specialisation | major | 专业 | 门类",
        "material = material | textbook | courseware | handout | 教材 | 教学资源",
        "experiment = experiment | lab | laboratory | 实验",
        "simulation = simulation | simulated | 仿真",
        "launch = launch | start | begin | began | begun | establish | establishment | found | set up | create | go live | went live | gone live | go online | went online | gone online | come online | came online | come out | came out | roll out | rolled out | debut | inaugurate | introduce | 上线 | 成立 | 建立 | 开通 | 启动 | 推出 | 创建 | 创立",
        "alliance = alliance | union | consortium | coalition | association | league | world mooc and online education alliance | world mooc alliance | mooc alliance | world mooc and online education | 联盟 | 世界慕课与在线教育联盟 | 世界慕课联盟 | 慕课联盟",
        "language = language | tongue | 语种 | 语言",
        "english = english | 英文 | 英语",
        "international = international | foreign | overseas | abroad | cross-border | 国际 | 海外 | 国外 | 境外 | 外国",
        "global = global | 全球",
        "world = world | planet | 世界",
        "worldwide = worldwide | globally | in the world | in the whole world | in all the world | whole world | entire world | across the world | on earth | on the planet | world total | 全世界 | 世界上 | 全世界范围 | 全球范围",
        "platform = platform | site | website | web site | portal | smart education platform | smart platform | national smart education platform | higher education smart education platform | national higher education smart education platform | education platform | smart education | 平台 | 智慧教育平台 | 国家高等教育智慧教育平台 | 高等教育智慧教育平台 | 国家智慧教育平台 | 网站",
        "teach = teach | taught | teaching | 教学",
        "blend = blend | blended | mixed | hybrid | flipped | 混合式 | 混合",
        "people = people | person | individual | ppl | 人",
        "year = year | yr | 年",
        "take~ = take | took | taken | taker | attend | 参加 | 选 | 学过 | 上过",
        "participate~ = participate | participation | participant | join | take part | took part | taking part | takes part | taken part | engage | involve | 参与",
        "train = train | 培训",
        "percent = percent | percentage | per cent | share | proportion | ratio | fraction | pct | % | 比例 | 占比 | 百分之 | 百分比 | 占",
        "rank = rank | ranking | position | place | first | top | largest | biggest | greatest | highest | leading | number one | leader | lead | lead the world | 第一 | 排名 | 排第几 | 第几 | 排名第几 | 世界排名 | 国际排名 | 最多 | 最大 | 领先",
        "reporter@ = reporter | journalist | author | writer | write | wrote | written | byline | correspondent | 记者 | 作者 | 写 | 撰写 | 撰稿",
        "publish@ = publish | publication | print | release | 发表 | 发布 | 发 | 刊发 | 刊登",
        "newspaper@ = newspaper | paper | publisher | outlet | press | people daily | 人民日报 | 报纸 | 媒体 | 报社",
        "source@ = source | come from | came from | origin | provider | supplier | 来源 | 来自 | 出处 | 出自",
        "ministry@ = ministry | moe | ministry of education | education ministry | government | govt | 教育部",
        "date = date | day | month | 日期",
        "article@ = article | report | story | piece | news | 报道 | 文章 | 新闻 | 消息",
        "data@ = data | figure | statistic | stat | dataset | 数据 | 数字 | 统计",
        "integrated = integrated | integrate | integration | 融合",
        "select = select | selection | chosen | choose | pick | 入选",
        "renowned = renowned | famous | prestigious | well-known | well known | elite | 知名",
        "lovecourse = love course | 爱课程",
        "xuetangx = xuetangx | xuetang | xuetang x | 学堂在线",
        "unesco = unesco | unesco global education alliance | global education alliance | unesco alliance | unesco education alliance | 联合国教科文组织 | 教科文组织 | 全球教育联盟 | 教科文",
        "custom = custom | customised | customized | tailored | tailor-made | 定制",
        "deliver = deliver | send | 输送",
        "professional = professional | 专业类",
        "virtual = virtual | 虚拟",
        "persontime+time = person-time | person time | 人次",
        "service = service | 服务",
        "provide = provide | 提供",
        "open = open | 公开 | 开放",
    ];

    /// <summary>Words and phrases that carry no topic: grammar, politeness, filler, "China".</summary>
    public static readonly string[] StopWords =
    [
        // Function words.
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "onto",
        "over", "under", "above", "below", "across", "after", "before", "against", "along", "among", "amongst",
        "behind", "beside", "besides", "between", "beyond", "during", "except", "inside", "near", "off", "outside",
        "past", "per", "since", "through", "throughout", "till", "toward", "towards", "until", "upon", "via",
        "within", "without", "and", "or", "nor", "but", "so", "because", "although", "though", "while", "whereas",
        "unless", "whether", "if", "then", "than", "either", "neither", "both", "also", "too", "very", "just",
        "only", "even", "still", "yet", "already", "again", "ever", "never", "always", "often", "sometimes",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done", "have",
        "has", "had", "having", "get", "got", "gotten", "getting", "would", "could", "should", "can", "may",
        "might", "must", "it", "its", "itself", "this", "that", "these", "those", "there", "here", "they", "them",
        "their", "theirs", "themselves", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "i", "me", "my", "mine", "myself", "he", "him", "his", "she", "her", "hers", "what", "which",
        "who", "whom", "whose", "where", "when", "how", "why", "whats", "whos", "hows", "wheres", "whens", "im",
        "ive", "id", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "wont", "theres",
        "thats", "some", "any", "all", "every", "each", "most", "few", "fewer", "little", "several", "such",
        "another", "other", "others", "different", "same", "own", "many", "much", "more", "less", "least",
        // Asking, politeness and filler.
        "number", "amount", "total", "count", "tally", "quantity", "tell", "know", "show", "give", "want", "need",
        "like", "wonder", "curious", "find", "find out", "look", "see", "check", "let", "let me", "say", "said",
        "says", "please", "pls", "plz", "kindly", "thank", "thanks", "thx", "hi", "hello", "hey", "yo", "ok",
        "okay", "yes", "yeah", "no", "nope", "maybe", "help", "really", "actually", "exactly", "approximately",
        "approx", "around", "roughly", "nearly", "almost", "about", "quite", "rather", "overall", "altogether",
        "in all", "in total", "currently", "current", "now", "today", "present", "presently", "so far", "to date",
        "exist", "available", "mean", "meaning", "refer", "stand for", "represent", "correspond", "regarding",
        "concerning", "according", "recent", "latest", "newest", "last year", "november", "nov", "end", "official",
        "officially", "real", "true", "confirm", "correct", "right", "r", "u", "ur", "up", "out", "kind", "type",
        "sort", "thing", "stuff", "one", "ones", "lot", "lots", "bunch", "well", "anyway", "btw", "hmm", "um",
        "uh", "oh", "ah", "wow", "cool", "great", "nice", "question", "answer", "bot", "dear", "sir", "madam",
        "big", "large", "size", "read", "reading", "wonder", "hear", "heard", "ask", "asking", "curious",
        "interested", "interest", "try", "trying", "looking", "wat", "wht", "whta", "teh", "adn", "hw", "plese", "pleas", "name", "called", "hold", "stand", "happen", "occur", "event", "come", "came",
        "go", "went", "gone", "there be", "exactly how", "it true", "is it", "info", "information", "fact",
        "china", "chinese", "my country", "our country", "the country", "this country", "whole country",
        "entire country", "prc", "mainland", "domestic", "中国",
        // Verbs that carry no figure of their own.
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "use", "using", "used", "make", "made", "build", "built", "offer", "run", "carry out", "reach", "reached",
        "achieve", "accumulate", "accumulated", "accumulatively", "cumulative", "cumulatively", "record",
        "是", "的", "有", "吗", "呢", "个", "了", "什么", "多少", "几", "几个", "请问", "现在", "目前", "一共", "总共",
        // Markup that people paste.
        "amp", "nbsp", "quot", "br", "p", "div", "span", "b", "em", "strong",
        // Chinese measure words, demonstratives and verbs that carry no figure of their own.
        "所", "种", "位", "名", "项", "份", "本", "篇", "家", "条", "版", "这些", "这篇", "这条", "这个", "那个",
        "叫", "名字", "真的", "国内", "覆盖", "涵盖", "开展", "吸引", "截至", "截止", "累计", "达到", "实现",
    ];

    /// <summary>Phrases that ask for a count.</summary>
    public static readonly string[] CountMarkers =
    [
        "how many", "how much", "how big", "how large", "size of", "number of", "count", "total", "amount", "tally",
        "quantity", "hw many", "how mny", "hw mny", "how mnay", "hwo many", "how manny", "howmany", "how meny",
        "多少", "几", "数量", "人数", "总数", "有多少", "多少个", "一共有",
    ];

    /// <summary>Phrases that ask for a date or year.</summary>
    public static readonly string[] WhenMarkers =
    [
        "when", "what year", "which year", "what date", "which date", "what month", "which month", "since when",
        "how long ago", "what time", "什么时候", "何时", "哪一年", "哪年", "时间", "哪天", "哪月", "哪年哪月", "几月",
    ];

    /// <summary>Phrases that ask for a person or organisation.</summary>
    public static readonly string[] WhoMarkers = ["who", "whom", "whose", "谁"];

    /// <summary>Phrases that ask which one.</summary>
    public static readonly string[] WhichMarkers = ["which", "哪些", "哪个"];

    /// <summary>Words that open a yes/no question.</summary>
    public static readonly string[] YesNoOpeners =
    [
        "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "isnt", "arent",
        "wasnt", "werent", "doesnt", "didnt",
    ];

    /// <summary>Forms of "to be", which after "what" ask what something is.</summary>
    public static readonly string[] BeVerbs = ["is", "are", "was", "were"];

    /// <summary>Phrases that ask for a place or origin.</summary>
    public static readonly string[] WhereMarkers = ["where", "哪里", "哪儿"];

    /// <summary>Phrases that ask for a share.</summary>
    public static readonly string[] ShareMarkers =
    [
        "percent", "percentage", "per cent", "share", "proportion", "ratio", "fraction", "pct", "%", "比例", "占比", "百分之", "百分比",
    ];

    /// <summary>Phrases asking why, how to, or for an opinion: the repository holds figures, not reasons or advice.</summary>
    public static readonly string[] NotAFigureMarkers =
    [
        "how to", "how do i", "how can i", "how should i", "how could i", "how do you", "where can i",
        "can i", "should i", "recommend", "recommendation", "suggest", "suggestion", "best", "worst", "good",
        "bad", "favourite", "favorite", "opinion", "joke", "what day is it", "what time is it", "what date is it",
        "date today", "today date", "what is the time", "define", "definition", "meaning of",
        "stand for", "explain", "what is a", "what is an", "whats a", "whats an", "what are moocs", "what do you think",
        "do you think", "think about", "thoughts on", "how do you feel", "feel about", "your view", "how is", "how are",
        "how was", "how were", "how does", "how did", "how do", "better", "worse", "compare", "compared",
        "comparison", "versus", "vs", "superior", "inferior", "prefer", "worth", "whats new", "what is new",
        "anything new", "怎么", "什么是", "好不好", "值得", "应该", "怎样", "如何", "觉得", "哪个好", "最好", "取代", "影响", "作文", "笑话",
    ];

    /// <summary>Phrases asking for a reason: the repository holds figures, not their causes.</summary>
    public static readonly string[] ReasonMarkers =
    [
        "why", "how come", "what for", "for what reason", "what is the reason", "whats the reason", "reason why",
        "what caused", "为什么", "为何", "为啥", "原因",
    ];

    /// <summary>Phrases asking for a ratio or an average: the facts are totals and one share, asked for with share words.</summary>
    public static readonly string[] RatioMarkers =
    [
        "per", "each", "average", "averages", "on average", "per capita", "mean number", "typical", "人均", "平均",
    ];

    /// <summary>Phrases that say the question is about the whole country ("how many teachers are there in China?").</summary>
    public static readonly string[] NationalMarkers =
    [
        "in china", "in my country", "in our country", "in the country", "in this country", "across china",
        "across the country", "nationwide", "national", "national total", "in mainland china", "in the prc",
        "whole country", "entire country", "all of china", "我国", "全国", "国内", "全国范围", "中国有",
    ];

    /// <summary>Words naming China: a whole-country figure is meant unless the question narrows it ("Chinese universities" are not the western ones).</summary>
    public static readonly string[] ChinaNames = ["china", "chinese", "中国"];

    /// <summary>The scope concepts that are parts of China: a question naming China without narrowing it is not about them.</summary>
    public static readonly string[] RegionalScopeConcepts = ["west", "east"];

    /// <summary>
    /// Concepts that narrow a figure to part of the whole (a region, the world, a language). A fact
    /// answers a question naming one only if the fact names it too; "how many registered users in
    /// the west" is not answered by the national figure.
    /// </summary>
    public static readonly string[] ScopeConcepts = ["west", "east", "international", "world", "worldwide", "global", "english", "platform"];

    /// <summary>Phrases about the future: the repository holds past figures only.</summary>
    public static readonly string[] FutureMarkers =
    [
        "will", "shall", "going to", "gonna", "next year", "next month", "next decade", "next week", "future",
        "predict", "prediction", "forecast", "projected", "projection", "expect", "expected", "tomorrow", "plan",
        "planned", "planning", "upcoming", "soon", "later", "by next", "将来", "未来", "明年", "将会", "预测", "趋势", "以后",
    ];

    /// <summary>
    /// Everyday words no fact uses, known so that a typo is never read into them and they are never
    /// "corrected" into a fact's word ("minister" is not a misspelt "ministry"). They weigh as much as
    /// any word the answerer does not know: a question about them is not found.
    /// </summary>
    public static readonly string[] UnrelatedWords =
    [
        "minister", "president", "premier", "mayor", "governor", "weather", "temperature", "rain", "snow",
        "population", "capital", "city", "cities", "province", "provinces", "village", "rural", "urban",
        "north", "south", "northern", "southern", "central", "price", "cost", "money", "salary", "budget",
        "funding", "fund", "gdp", "economy", "company", "companies", "hospital", "doctor", "job", "jobs",
        "dropout", "completion", "graduate", "graduates", "degree", "degrees", "certificate", "certificates",
        "diploma", "video", "videos", "hour", "hours", "minute", "minutes", "app", "apps", "mobile", "phone",
        "computer", "science", "math", "maths", "mathematics", "physics", "chemistry", "history", "art",
        "music", "sport", "sports", "game", "games", "movie", "movies", "age", "women", "men", "girls", "boys",
        "children", "kids", "quality", "rating", "ratings", "review", "reviews", "free", "paid", "popular",
        "song", "poem", "mountain", "river", "food", "time zone", "stock", "exam",
        "exams", "test", "tests", "grade", "grades", "fail", "failed", "pass", "passed", "email", "address",
        "phone number", "spend", "spent", "spending", "invest", "investment", "invested", "expense", "expensive", "cheap", "married", "wife", "husband", "birthday", "invent", "invented", "inventor",
        "人口", "价格", "多少钱", "费用", "工资", "完成率", "辍学", "辍学率", "证书", "免费", "日活", "日活跃", "活跃", "下载", "年龄", "女生", "男生", "天气", "城市", "省份", "公司", "毕业", "收入", "时长", "小时", "增长率", "网民", "部长", "成员国", "计算机", "星期", "几点",
    ];

    /// <summary>Places other than China, and other MOOC providers: their figures are not in the repository.</summary>
    public static readonly string[] ForeignPlaces =
    [
        "india", "indian", "usa", "united states", "america", "american", "uk", "united kingdom", "britain",
        "british", "england", "scotland", "wales", "ireland", "irish", "japan", "japanese", "korea", "korean",
        "germany", "german", "france", "french", "russia", "russian", "brazil", "brazilian", "canada", "canadian",
        "australia", "australian", "africa", "african", "europe", "european", "eu", "asia", "asian", "singapore",
        "vietnam", "indonesia", "pakistan", "mexico", "spain", "spanish", "italy", "italian", "taiwan",
        "hong kong", "macau", "macao", "mongolia", "thailand", "malaysia", "philippines", "nigeria", "egypt",
        "turkey", "iran", "saudi", "israel", "sweden", "norway", "netherlands", "dutch", "switzerland", "swiss",
        "nepal", "bangladesh", "argentina", "chile", "kenya", "new zealand", "poland", "ukraine", "finland",
        "denmark", "belgium", "austria", "portugal", "greece", "latin america", "middle east",
        "coursera", "edx", "udemy", "udacity", "khan academy", "futurelearn", "harvard", "mit", "stanford",
        "oxford", "cambridge", "yale", "princeton", "linkedin learning", "skillshare", "duolingo", "the us", "the u.s", "the states",
        "印度", "美国", "英国", "日本", "韩国", "德国", "法国", "俄罗斯", "新加坡", "欧洲", "加拿大", "澳大利亚", "非洲", "亚洲", "巴西", "意大利", "西班牙", "可汗学院", "哈佛", "斯坦福", "越南", "泰国", "马来西亚", "台湾", "香港", "澳门",
    ];
}
