namespace MoocBot.Core.Facts;

/// <summary>A group of measures that chats can list (<c>/topics</c>) and subscribe to; part of the repository's data.</summary>
/// <param name="Id">Stable id, e.g. <c>national</c>; every measure id starts with its topic's id and a dot.</param>
/// <param name="Label">A short name, e.g. "National".</param>
/// <param name="Description">What it covers, e.g. "China's MOOCs nationwide".</param>
public sealed record Topic(string Id, string Label, string Description)
{
    /// <summary>The short name in Chinese ("全国"), for Chinese replies and buttons; null when none is kept.</summary>
    public string? ChineseLabel { get; init; }

    /// <summary>What it covers in Chinese ("全国的慕课"); null when none is kept (a Chinese reply then shows the English).</summary>
    public string? ChineseDescription { get; init; }

    /// <summary>Whether its figures are the headline ones (<c>/stats</c>, examples); <c>"headline": true</c> in facts.json.</summary>
    public bool IsHeadline { get; init; }
}
