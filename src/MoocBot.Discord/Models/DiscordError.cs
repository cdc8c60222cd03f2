namespace MoocBot.Discord.Models;

/// <summary>Discord's JSON error body; a 429 adds <see cref="RetryAfter"/> (seconds) and <see cref="Global"/>.</summary>
internal sealed record DiscordError
{
    public int? Code { get; init; }

    public string? Message { get; init; }

    public double? RetryAfter { get; init; }

    public bool? Global { get; init; }
}
