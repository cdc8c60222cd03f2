using System.CommandLine;
using Microsoft.Extensions.Configuration;
using MoocBot.Core.Answering;
using MoocBot.Core.Asking;
using MoocBot.Hosting;

namespace MoocBot.Cli;

/// <summary>
/// <c>explain</c>: how a question is read, scored and decided (<see cref="FactAnswerer.Explain"/>): the reading, the best
/// facts each with its match and every factor's part in its score, the rule that refused it if one did, and the answer.
/// </summary>
internal static class ExplainVerb
{
    public const string Usage = "Usage: moocbot explain <question>";

    public static Command Create()
    {
        var words = new Argument<string[]>("question") { Arity = ArgumentArity.ZeroOrMore, Description = "The question; its words may be given unquoted." };
        var explain = new Verb("explain", "Show why a question gets its answer: each candidate figure's score, factor by factor.", Usage) { words };
        explain.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(string.Join(' ', result.GetValue(words) ?? [])))
            {
                result.AddError("explain needs a question, for example: moocbot explain \"how many MOOCs are there?\"");
            }
        });
        explain.SetVerbAction((parsed, configuration, cancellationToken) => RunAsync(
            string.Join(' ', parsed.GetValue(words) ?? []), configuration, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return explain;
    }

    public static Task<int> RunAsync(string question, IConfiguration configuration, TextWriter output, TextWriter error) =>
        JsonAsk.ExplainAsync(BotConfiguration.ReadFacts(configuration).ResolvePath(), question, output, error);
}
