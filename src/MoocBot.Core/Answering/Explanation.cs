using System.Globalization;

namespace MoocBot.Core.Answering;

/// <summary>How a question was read, scored and decided (<see cref="Trace"/>), and the answer it led to.</summary>
/// <param name="Answer">The answer, as <see cref="FactAnswerer.Answer(string)"/> gives it.</param>
/// <param name="Trace">The reading, the best scores with each factor's part in them, the rule that refused the question if one did, and the answer.</param>
public sealed record Explanation(Answer Answer, string Trace)
{
    /// <summary>The best facts as scored, best first, each with its match and every factor's change (none when no fact was scored).</summary>
    public IReadOnlyList<ExplainedCandidate> Candidates { get; init; } = [];

    /// <summary>The answer in a line: its status and, when answered or ambiguous, the figures (id@as-of).</summary>
    public static string Describe(Answer answer) => answer.Status switch
    {
        AnswerStatus.Answered => string.Create(CultureInfo.InvariantCulture, $"answered {answer.Facts[0].Id}@{answer.Facts[0].AsOf}"),
        AnswerStatus.Ambiguous => "ambiguous " + string.Join(", ", answer.Facts.Select(f => f.Id + "@" + f.AsOf)),
        _ => "not found (" + answer.Reason + ")",
    };
}
