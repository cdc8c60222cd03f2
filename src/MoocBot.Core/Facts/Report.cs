namespace MoocBot.Core.Facts;

/// <summary>A published report that observations cite without quoting (a news report the repository does not store).</summary>
/// <param name="Id">Stable id, e.g. <c>xinhua-2024-12-13</c>.</param>
/// <param name="Title">The report's own name when one is kept; null to name it by its publisher.</param>
/// <param name="Publisher">Who published it, e.g. "Xinhua (People's Daily Online)".</param>
/// <param name="Published">When: "2024-12-13", or "2024-12" when the day is not known.</param>
/// <param name="Url">Where it can be read, if known.</param>
public sealed record Report(string Id, string? Title, string Publisher, string Published, Uri? Url);
