namespace MoocBot.Core.Facts;

/// <summary>
/// Fact and measure ids as they arrive from people and links. A t.me start payload may hold only A-Z, a-z, 0-9, '_' and '-',
/// so the '.' of "national.moocs" travels as '_' ("national_moocs"); every place that takes an id reads both forms alike.
/// </summary>
internal static class FactIds
{
    /// <summary>What <paramref name="find"/> returns for the id <paramref name="text"/> names, as written or in its link form; null when it names none.</summary>
    public static T? Find<T>(string text, Func<string, T?> find)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(find);
        var id = text.Trim();
        return find(id) ?? (id.Contains('_', StringComparison.Ordinal) ? find(id.Replace('_', '.')) : null);
    }
}
