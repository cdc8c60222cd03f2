using System.Text;

namespace MoocBot.Core.Answering;

/// <summary>
/// What <see cref="FactAnswerer.Explain"/> gathers while the one evaluation runs: the trace text, and each scored fact's
/// score before the factors and after each of them, written by <see cref="QuestionScorer"/> as it scores.
/// </summary>
internal sealed class ScoreTrace
{
    private readonly Dictionary<int, float[]> _steps = [];

    /// <summary>The reading, the best scores, the rule that refused the question if one did, and the answer.</summary>
    public StringBuilder Text { get; } = new();

    /// <summary>The best facts as scored, best first, with how each score was made.</summary>
    public List<ExplainedCandidate> Candidates { get; } = [];

    /// <summary>Starts a fact's record with its match score; the factors' scores go into the rest of the array, in order.</summary>
    public float[] Start(int fact, float match, int factorCount)
    {
        var steps = new float[factorCount + 1];
        steps[0] = match;
        _steps[fact] = steps;
        return steps;
    }

    /// <summary>The fact's score before the factors, then after each; null when it was not scored.</summary>
    public float[]? StepsOf(int fact) => _steps.GetValueOrDefault(fact);
}
