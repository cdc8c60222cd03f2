namespace MoocBot.Ask;

/// <summary>
/// The command line of <c>moocbot-ask</c>: <c>moocbot ask --json</c>'s words and options (<c>--json</c> is accepted and
/// changes nothing: the answer is always JSON), <c>--explain</c> for <c>moocbot explain</c>, help and version.
/// </summary>
/// <param name="Question">The words of the question joined by spaces; empty to read questions from standard input.</param>
/// <param name="Flush">With questions from standard input, write each line as it is answered.</param>
/// <param name="Explain">Explain the question instead of answering it.</param>
/// <param name="Help">Show the help.</param>
/// <param name="Version">Show the version.</param>
/// <param name="Error">What is wrong with the command line, or null.</param>
internal sealed record AskArguments(string Question, bool Flush, bool Explain, bool Help, bool Version, string? Error)
{
    public const string Usage = "Usage: moocbot-ask [--json [--flush]] [<question>...]  |  moocbot-ask --explain <question>";

    public static AskArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var words = new List<string>();
        bool flush = false, explain = false, help = false, version = false, wordsOnly = false;
        foreach (var arg in args)
        {
            if (wordsOnly || !arg.StartsWith('-') || arg.Length == 1)
            {
                words.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--":
                    wordsOnly = true;
                    break;
                case "--json":
                    break;
                case "--flush":
                    flush = true;
                    break;
                case "--explain":
                    explain = true;
                    break;
                case "-h" or "-?" or "--help":
                    help = true;
                    break;
                case "--version":
                    version = true;
                    break;
                case "--chat":
                    return Failed("moocbot-ask answers each question on its own; a conversation needs moocbot: moocbot ask --chat <id> --json \"and in the west?\"");
                default:
                    return Failed($"Unrecognized option '{arg}'. A question that starts with '-' goes after '--': moocbot-ask -- \"{arg} ...\"");
            }
        }

        var question = string.Join(' ', words);
        if (explain && string.IsNullOrWhiteSpace(question) && !help && !version)
        {
            return Failed("--explain needs a question, for example: moocbot-ask --explain \"how many MOOCs are there?\"");
        }

        return new AskArguments(question, flush, explain, help, version, null);
    }

    private static AskArguments Failed(string error) => new(string.Empty, false, false, false, false, error);
}
