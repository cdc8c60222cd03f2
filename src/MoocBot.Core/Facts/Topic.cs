namespace MoocBot.Core.Facts;

/// <summary>A group of measures that chats can list (<c>/topics</c>) and subscribe to; part of the repository's data.</summary>
/// <param name="Id">Stable id, e.g. <c>national</c>; every measure id starts with its topic's id and a dot.</param>
/// <param name="Label">A short name, e.g. "National".</param>
/// <param name="Description">What it covers, e.g. "China's MOOCs nationwide".</param>
public sealed record Topic(string Id, string Label, string Description);
