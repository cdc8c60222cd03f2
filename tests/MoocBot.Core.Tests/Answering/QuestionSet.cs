namespace MoocBot.Core.Tests.Answering;

/// <summary>The development question set (questions.tsv beside this file): question, then the expected fact id, "ambiguous" or "not_found".</summary>
internal static class QuestionSet
{
    public const string NotFound = "not_found";
    public const string Ambiguous = "ambiguous";

    public static string Path => System.IO.Path.Combine(
        Directory.GetParent(TestData.DataFolder)!.FullName, "tests", "MoocBot.Core.Tests", "Answering", "questions.tsv");

    public static IReadOnlyList<(string Question, string Expected)> Load() =>
        [.. File.ReadAllLines(Path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[0], parts[1].Trim()))];
}
