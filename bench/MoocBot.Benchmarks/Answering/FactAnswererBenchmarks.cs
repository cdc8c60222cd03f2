using BenchmarkDotNet.Attributes;
using MoocBot.Core.Answering;

namespace MoocBot.Benchmarks.Answering;

/// <summary>
/// Time and allocations to answer one question. Each operation answers the next question of the
/// chosen set, cycling, so the figures are per question averaged over the set.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class FactAnswererBenchmarks
{
    private FactAnswerer _answerer = null!;
    private string[] _questions = [];
    private int _next;

    [Params(RepositoryKind.Real, RepositoryKind.Synthetic10k)]
    public RepositoryKind Repository { get; set; }

    [Params(QuestionKind.Mixed, QuestionKind.Answerable, QuestionKind.OutOfScope, QuestionKind.Ambiguous, QuestionKind.Generated, QuestionKind.DevelopmentSet)]
    public QuestionKind Questions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var repository = BenchmarkData.Get(Repository);
        _answerer = new FactAnswerer(repository);
        _questions = [.. BenchmarkQuestions.Get(Questions)];

        // Written to the benchmark log, so a reader sees what the answerer made of the questions.
        var answers = _questions.Select(_answerer.Answer).ToList();
        Console.WriteLine($"// {repository.Facts.Count} facts; {_questions.Length} {Questions} questions: "
            + string.Join(", ", answers.GroupBy(a => a.Status).Select(g => $"{g.Count()} {g.Key}")));
        if (answers.Count <= 30)
        {
            foreach (var answer in answers)
            {
                Console.WriteLine($"//   {answer.Status,-9} {answer.Confidence:0.00} {(answer.Facts.Count > 0 ? answer.Facts[0].Id : "-"),-40} {answer.Question}");
            }
        }
    }

    [Benchmark]
    public Answer Answer()
    {
        var question = _questions[_next];
        _next = _next + 1 == _questions.Length ? 0 : _next + 1;
        return _answerer.Answer(question);
    }
}
