using System.Globalization;

namespace MoocBot.Benchmarks.Soak;

/// <summary>The knobs of <c>telegram-soak</c>; every one has the value as its default.</summary>
internal sealed record SoakOptions
{
    public double Minutes { get; init; } = 10;

    /// <summary>Updates fed per second.</summary>
    public double Rate { get; init; } = 200;

    /// <summary>Share of sendMessage calls answered with a 5xx.</summary>
    public double Fault5xx { get; init; } = 0.01;

    /// <summary>Share of sendMessage calls answered with 429 (retry_after 1).</summary>
    public double Fault429 { get; init; } = 0.01;

    /// <summary>Private chats (one user each) the questions are spread over; enough that no user nears 20 a minute.</summary>
    public int PrivateUsers { get; init; } = 5_000;

    /// <summary>Groups the mentions and commands are spread over; enough that no group nears 60 a minute.</summary>
    public int Groups { get; init; } = 1_000;

    /// <summary>Users who write in the groups.</summary>
    public int GroupUsers { get; init; } = 10_000;

    /// <summary>How often the bot's memory and CPU are sampled.</summary>
    public TimeSpan SampleEvery { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait after the feed for the last answers.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long to keep watching after the last answer, for late duplicates; also how long the bot may make no
    /// sendMessage call at all before the run stops waiting for the rest (the bot's longest retry wait is 10 s).
    /// </summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The built executable; null means src/MoocBot/bin/Release/net10.0/moocbot.dll in this repository.</summary>
    public string? BotPath { get; init; }

    public TimeSpan Duration => TimeSpan.FromMinutes(Minutes);

    public long TotalUpdates => (long)Math.Round(Rate * Duration.TotalSeconds);

    public const string Usage = """
        Usage: telegram-soak [--minutes 10] [--rate 200] [--fault-5xx 0.01] [--fault-429 0.01]
                             [--private-users 5000] [--groups 1000] [--group-users 10000]
                             [--sample-seconds 10] [--drain-seconds 120] [--settle-seconds 15] [--bot path/to/moocbot.dll]
        """;

    /// <summary>Reads the options; null (with the reason in <paramref name="error"/>) when one is unknown or out of range.</summary>
    public static SoakOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new SoakOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                error = $"{args[i]} needs a value.";
                return null;
            }

            var value = args[i + 1];
            if (args[i] == "--bot")
            {
                options = options with { BotPath = value };
                continue;
            }

            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number < 0)
            {
                error = $"{args[i]} needs a non-negative number, not '{value}'.";
                return null;
            }

            SoakOptions? parsed = args[i] switch
            {
                "--minutes" => options with { Minutes = number },
                "--rate" => options with { Rate = number },
                "--fault-5xx" => options with { Fault5xx = number },
                "--fault-429" => options with { Fault429 = number },
                "--private-users" => options with { PrivateUsers = (int)number },
                "--groups" => options with { Groups = (int)number },
                "--group-users" => options with { GroupUsers = (int)number },
                "--sample-seconds" => options with { SampleEvery = TimeSpan.FromSeconds(number) },
                "--drain-seconds" => options with { DrainTimeout = TimeSpan.FromSeconds(number) },
                "--settle-seconds" => options with { Settle = TimeSpan.FromSeconds(number) },
                _ => null,
            };
            if (parsed is null)
            {
                error = $"Unknown option {args[i]}.";
                return null;
            }

            options = parsed;
        }

        error = options switch
        {
            { Minutes: <= 0 or > 24 * 60 } => "--minutes must be above 0 and at most a day.",
            { Rate: <= 0 or > 10_000 } => "--rate must be above 0 and at most 10000 a second.",
            { Fault5xx: > 1 } or { Fault429: > 1 } => "Fault rates are shares between 0 and 1.",
            _ when options.Fault5xx + options.Fault429 >= 0.5 => "Fault rates above one in two would never drain.",
            { PrivateUsers: < 1 } or { Groups: < 1 } or { GroupUsers: < 1 } => "--private-users, --groups and --group-users must be at least 1.",
            _ when options.SampleEvery < TimeSpan.FromSeconds(1) => "--sample-seconds must be at least 1.",
            _ => null,
        };
        return error is null ? options : null;
    }
}
