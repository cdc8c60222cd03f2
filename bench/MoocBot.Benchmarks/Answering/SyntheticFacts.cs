using System.Globalization;
using MoocBot.Core.Facts;

namespace MoocBot.Benchmarks.Answering;

/// <summary>
/// A large, well-formed repository generated deterministically: each fact counts "subject things in a
/// region" and quotes a sentence of a generated article, so it passes the facts check like real data.
/// The words overlap the real facts' vocabulary (courses, learners, teachers, universities, credits),
/// so a real question meets thousands of near candidates, the hard case for an index.
/// </summary>
internal static class SyntheticFacts
{
    public const int DefaultCount = 10_000;

    private const int FactsPerArticle = 100;

    // The sampling stride is prime and coprime to the number of combinations, so the first n indices
    // visit n distinct (subject, thing, region) triples spread over all three lists.
    private const int Stride = 7_919;

    private static readonly string[] Subjects =
    [
        "physics", "chemistry", "biology", "mathematics", "history", "geography", "economics", "law",
        "medicine", "nursing", "agriculture", "forestry", "engineering", "architecture", "music", "art",
        "literature", "philosophy", "psychology", "sociology", "statistics", "finance", "accounting",
        "marketing", "journalism", "pedagogy", "computing", "robotics", "ecology", "geology", "astronomy",
        "linguistics", "pharmacy", "veterinary science", "tourism", "logistics", "design", "film studies",
        "sports science", "materials science",
    ];

    private static readonly string[] Things =
    [
        "courses", "learners", "teachers", "universities", "credits", "textbooks", "lectures", "enrolments",
        "graduates", "visits", "experiments", "certificates", "instructors", "classrooms", "projects",
        "workshops", "exams", "libraries", "laboratories", "videos",
    ];

    private static readonly string[] Regions =
    [
        "Beijing", "Tianjin", "Hebei", "Shanxi", "Inner Mongolia", "Liaoning", "Jilin", "Heilongjiang",
        "Shanghai", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei",
        "Hunan", "Guangdong", "Guangxi", "Hainan", "Chongqing", "Sichuan", "Guizhou", "Yunnan", "Tibet",
        "Shaanxi", "Gansu", "Qinghai", "Ningxia", "Xinjiang", "Hong Kong", "Macao", "Taiwan",
    ];

    private static readonly string[] Topics = ["national", "platform", "west", "international"];

    private static readonly string[] Sentences =
    [
        "Provincial education departments reported {figure} {subject} {thing} in {region}.",
        "In {region}, {subject} {thing} reached {figure}, the ministry said.",
        "The survey found that {region} now counts {figure} {subject} {thing}.",
        "Records from {region} show {figure} {subject} {thing} on the platform.",
    ];

    private static int Combinations => Subjects.Length * Things.Length * Regions.Length;

    /// <summary>The real repository plus <paramref name="count"/> generated facts; throws if the facts check finds a problem.</summary>
    public static FactRepository Create(FactRepository real, int count)
    {
        if (count > Combinations)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"At most {Combinations} distinct facts can be generated.");
        }

        var random = new Random(20230102);
        var articles = new List<Article>(real.Articles);
        var facts = new List<Fact>();
        for (var first = 0; first < count; first += FactsPerArticle)
        {
            var articleId = $"synthetic-{first / FactsPerArticle:D3}";
            var sentences = new List<string>();
            for (var i = first; i < Math.Min(first + FactsPerArticle, count); i++)
            {
                var fact = CreateFact(i, articleId, random);
                facts.Add(fact);
                sentences.Add(fact.Quote!);
            }

            articles.Add(new Article(
                articleId,
                "MOOC figures by province",
                "Synthetic Daily",
                new DateOnly(2023, 1, 2),
                "Benchmark Generator",
                "Generated data",
                Url: null,
                string.Join(" ", sentences)));
        }

        var repository = new FactRepository(real.Topics, articles, real.Reports, [.. real.Measures, .. facts.Select(Measure.FromFact)], $"synthetic-{count}");
        var problems = FactChecker.Check(repository);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The synthetic repository fails the facts check ({problems.Count} problems), e.g.: "
                + string.Join(" | ", problems.Take(5).Select(p => p.Message)));
        }

        return repository;
    }

    /// <summary>Questions people could ask about the generated facts, some with typos or terse.</summary>
    public static IReadOnlyList<string> SampleQuestions(int count)
    {
        var questions = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var (subject, thing, region) = Triple(i * 997);
            questions.Add((i % 4) switch
            {
                0 => $"How many {subject} {thing} are there in {region}?",
                1 => $"{region} {subject} {thing}",
                2 => $"how many {thing} of {subject} does {region} have",
                _ => $"number of {subject} {Typo(thing)} in {region.ToLowerInvariant()}",
            });
        }

        return questions;
    }

    private static Fact CreateFact(int i, string articleId, Random random)
    {
        var (subject, thing, region) = Triple(i);
        var topic = Topics[i % Topics.Length];
        var (value, unit, qualifier, display) = Figure(random, thing);
        var template = Sentences[i % Sentences.Length];
        var quote = unit == "%"
            ? $"In {region}, {display} of {subject} {thing} now use MOOCs."
            : template.Replace("{figure}", display, StringComparison.Ordinal)
                .Replace("{subject}", subject, StringComparison.Ordinal)
                .Replace("{thing}", thing, StringComparison.Ordinal)
                .Replace("{region}", region, StringComparison.Ordinal);
        var counts = unit == "%"
            ? $"share of {subject} {thing} in {region} using MOOCs"
            : $"{subject} {thing} in {region}";

        return new Fact
        {
            Id = $"{topic}.{Slug(region)}-{Slug(subject)}-{Slug(thing)}",
            Topic = topic,
            Counts = counts,
            Value = value,
            Unit = unit,
            Qualifier = qualifier,
            Display = display,
            AsOf = "2022-11",
            Evidence = new ArticleQuote(articleId, quote),
            Aliases =
            [
                $"{region} {subject} {thing}".ToLowerInvariant(),
                $"{subject} {thing} of {region}".ToLowerInvariant(),
                $"how many {subject} {thing} does {region} have".ToLowerInvariant(),
            ],
        };
    }

    private static (string Subject, string Thing, string Region) Triple(int i)
    {
        var n = (int)((long)i * Stride % Combinations);
        return (Subjects[n % Subjects.Length], Things[n / Subjects.Length % Things.Length], Regions[n / (Subjects.Length * Things.Length)]);
    }

    private static (decimal Value, string Unit, Qualifier Qualifier, string Display) Figure(Random random, string thing)
    {
        switch (random.Next(10))
        {
            case 0:
                var share = random.Next(10, 1000) / 10m;
                return (share, "%", Qualifier.Exact, share.ToString("0.0", CultureInfo.InvariantCulture) + "%");
            case 1:
                var nearly = random.Next(2, 100) * 1_000m;
                return (nearly, thing, Qualifier.Nearly, "nearly " + nearly.ToString("N0", CultureInfo.InvariantCulture));
            case 2:
                var moreThan = random.Next(2, 100) * 10m;
                return (moreThan, thing, Qualifier.MoreThan, "more than " + moreThan.ToString("N0", CultureInfo.InvariantCulture));
            case 3:
            case 4:
                var millions = random.Next(11, 999) / 10m;
                return (millions * 1_000_000m, thing, Qualifier.Exact, millions.ToString("0.0", CultureInfo.InvariantCulture) + " million");
            default:
                var exact = (decimal)random.Next(12, 5_000_000);
                return (exact, thing, Qualifier.Exact, exact.ToString("N0", CultureInfo.InvariantCulture));
        }
    }

    private static string Slug(string words) => words.ToLowerInvariant().Replace(' ', '-');

    // A dropped letter, the commonest typo.
    private static string Typo(string word) => word.Length > 5 ? word.Remove(word.Length / 2, 1) : word;
}
