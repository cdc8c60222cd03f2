namespace MoocBot.Core.Answering;

/// <summary>
/// Traditional Chinese characters and their simplified forms, so a question in traditional script
/// (中國有多少門慕課) reads like its simplified twin. The vocabulary and the lexicon stay simplified;
/// the table holds the characters questions about the figures use, not a full conversion.
/// </summary>
internal static class TraditionalChinese
{
    private const char FirstIdeograph = '\u4E00';

    // Two parallel tables: the n-th traditional character folds to the n-th simplified one.
    private static readonly string Traditional = string.Concat(
    [
        "國門課數學習認註冊戶蓋區幾時線師練訓據來裡裏為麼發聯際語種網業類實驗擬與報導記誰",
        "寫們這個嗎東參開從後會對現總計萬億應體資選說話問題灣華陸當號務費價錢書讀覽訪點擊",
        "歷屆機構園縣廳長員級統達過還進運動場電視頻圖館啟專擴廣層歐亞韓羅紐蘭義勢歲齡貴標",
        "準證優質讓氣鐘樣絡臺見觀規劃將預測願傳變關於係熱階夠趨較雙邊擇錄屬轉載遠況響產負",
        "責顯佔組織舉辦單雜紀團護環態獲績減輸亂歡謝請試講許議論設識競賽權術藝週鄉鎮範圍採",
        "購買賣閱瀏蘇愛誦詢創醫療補險項順須領頭額顧風飛養馬滿濟無爾獨獎畫盡確離稱穩筆節簡",
        "約紅紙細終結給絕經綠維綜緊編繼續聞聲職聽腦臨興舊處裝複製親覺訂討訊評詞該詳誤調談",
        "譯財貢賞車軍軟輕輔農違適遲鄰錯鍵鐵閉間陳陽隊隨隱雖難雲靈靜頁頂驚麗黨慮縮歸橋嚴聖",
        "壓戰傑儘兩協則剛勞勝匯執塊壞奪婦審尋島帶幣廢張強彈徑懷戲擔擁攜敗斷晉曉條極槍樂殺",
        "決淺湯溫滅漢潛濃災烏煉燈爭狀猶獻瓊畢異盤眾碼礎禮禪積穀窮築籃糧納紛罰肅脅腳膽藥蘋",
        "虛蟲衛衝襲觸訴詩誌誕諸謀譽讚豐貝貨販貧貸賀賓賴贊趕趙跡踐軌輪辭遞遙遺郵鄭釋針鋼錦",
        "鏡閃闊陣雞霧韻頌頓頒頗顆飯飲飽餘騎驅髮鬥魚鳥麥黃齊齒龍龜",
    ]);

    private static readonly string Simplified = string.Concat(
    [
        "国门课数学习认注册户盖区几时线师练训据来里里为么发联际语种网业类实验拟与报导记谁",
        "写们这个吗东参开从后会对现总计万亿应体资选说话问题湾华陆当号务费价钱书读览访点击",
        "历届机构园县厅长员级统达过还进运动场电视频图馆启专扩广层欧亚韩罗纽兰义势岁龄贵标",
        "准证优质让气钟样络台见观规划将预测愿传变关于系热阶够趋较双边择录属转载远况响产负",
        "责显占组织举办单杂纪团护环态获绩减输乱欢谢请试讲许议论设识竞赛权术艺周乡镇范围采",
        "购买卖阅浏苏爱诵询创医疗补险项顺须领头额顾风飞养马满济无尔独奖画尽确离称稳笔节简",
        "约红纸细终结给绝经绿维综紧编继续闻声职听脑临兴旧处装复制亲觉订讨讯评词该详误调谈",
        "译财贡赏车军软轻辅农违适迟邻错键铁闭间陈阳队随隐虽难云灵静页顶惊丽党虑缩归桥严圣",
        "压战杰尽两协则刚劳胜汇执块坏夺妇审寻岛带币废张强弹径怀戏担拥携败断晋晓条极枪乐杀",
        "决浅汤温灭汉潜浓灾乌炼灯争状犹献琼毕异盘众码础礼禅积谷穷筑篮粮纳纷罚肃胁脚胆药苹",
        "虚虫卫冲袭触诉诗志诞诸谋誉赞丰贝货贩贫贷贺宾赖赞赶赵迹践轨轮辞递遥遗邮郑释针钢锦",
        "镜闪阔阵鸡雾韵颂顿颁颇颗饭饮饱余骑驱发斗鱼鸟麦黄齐齿龙龟",
    ]);

    private static readonly char[] Map = BuildMap();

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Simplify(char c)
    {
        var offset = c - FirstIdeograph;
        return offset >= 0 && offset < Map.Length && Map[offset] != '\0' ? Map[offset] : c;
    }

    private static char[] BuildMap()
    {
        var map = new char[0x9FFF - FirstIdeograph + 1];
        for (var i = 0; i < Traditional.Length; i++)
        {
            map[Traditional[i] - FirstIdeograph] = Simplified[i];
        }

        return map;
    }
}
