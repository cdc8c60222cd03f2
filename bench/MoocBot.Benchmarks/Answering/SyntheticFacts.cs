using System.Globalization;
using MoocBot.Core.Facts;

namespace MoocBot.Benchmarks.Answering;

/// <summary>Grows a repository to a size with facts made from the real ones: same wording plus random words, other values.</summary>
internal static class SyntheticFacts
{
    public static FactRepository Grow(FactRepository repository, int count)
    {
        var random = new Random(42);
        var words = Enumerable.Range(0, 4000).Select(i => "w" + i.ToString("x", CultureInfo.InvariantCulture) + "syn").ToArray();
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        var facts = new List<Fact>(repository.Facts);
        for (var i = facts.Count; i < count; i++)
        {
            var template = repository.Facts[i % repository.Facts.Count];
            facts.Add(template with
            {
                Id = template.Id + "." + i.ToString(CultureInfo.InvariantCulture),
                Topic = "topic" + (i % 40).ToString(CultureInfo.InvariantCulture),
                Counts = template.Counts + " " + Words(3),
                Value = template.Value is null ? null : template.Value + i,
                Aliases = [.. template.Aliases.Select(alias => alias + " " + Words(1)), Words(3)],
                Quote = Words(25),
            });
        }

        return new FactRepository(repository.Articles, facts, repository.Version + "+synthetic");
    }
}
