namespace MoocBot.Core.Tests.Answering;

/// <summary>
/// The question sets beside this file, one question a line: the question, a tab, then the expected
/// fact id, "ambiguous" or "not_found"; "id@2020-12" also expects the observation as of that date. questions.tsv is the development set; questions-unseen-*.tsv
/// were written as fresh checks before the answerer was tuned on them.
/// </summary>
internal static class QuestionSet
{
    public const string NotFound = "not_found";
    public const string Ambiguous = "ambiguous";

    public const string Development = "questions.tsv";
    public const string UnseenDecember2026 = "questions-unseen-2026-12.tsv";
    public const string ChineseDecember2026 = "questions-zh-2026-12.tsv";

    public static string PathOf(string fileName) => CaseTable.PathOf("MoocBot.Core.Tests/Answering/" + fileName);

    public static IReadOnlyList<(string Question, string Expected)> Load(string fileName = Development) =>
        [.. CaseTable.Read(PathOf(fileName), 2).Select(parts => (parts[0], parts[1].Trim()))];
}
