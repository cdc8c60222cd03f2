using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Charts;

/// <summary>
/// Resolves a measure argument as /fact resolves its own: an exact id, or else the best answer to it as a question.
/// A choice or a miss becomes a reply that leads back to the same command.
/// </summary>
internal sealed class MeasureLookup(CurrentFacts facts)
{
    private const int MaxChoices = 5;

    /// <summary>The measure <paramref name="argument"/> names and the version it was found in, or the reply to send instead.</summary>
    public (Measure? Measure, FactRepository Repository, Reply? Reply) Resolve(string argument, string command)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var answerer = facts.Answerer;
        var repository = answerer.Repository;
        var wanted = argument.Trim();
        if (repository.FindMeasure(wanted) is { } byId)
        {
            return (byId, repository, null);
        }

        var answer = answerer.Answer(wanted);
        if (answer.Status == AnswerStatus.Answered && repository.FindMeasure(answer.Facts[0].Id) is { } answered)
        {
            return (answered, repository, null);
        }

        if (answer.Status == AnswerStatus.Ambiguous)
        {
            var choices = answer.Facts.Take(MaxChoices).ToArray();
            return (null, repository, new Reply
            {
                Blocks =
                [
                    ReplyBlock.Text("Several figures fit “" + wanted + "”. Which one did you mean?"),
                    .. choices.Select(f => new ReplyBlock(ReplyBlockKind.ListItem, [new ReplySpan(FactText.Capitalize(f.Counts))])),
                ],
                Buttons = [.. choices.Select(f => new ReplyButton(FactText.ButtonLabel(f.Counts), "/" + command + " " + f.Id))],
            });
        }

        var headline = MeasureChart.Headline(repository);
        var example = headline.Count > 0 ? headline[0] : repository.Measures.Count > 0 ? repository.Measures[0] : null;
        return (null, repository, new Reply
        {
            Blocks =
            [
                ReplyBlock.Text("Sorry, I don't know a figure called “" + wanted + "”."),
                new ReplyBlock(ReplyBlockKind.Paragraph,
                [
                    new ReplySpan("Name it by its id or in a few words" + (example is null ? string.Empty : ", for example ")),
                    .. example is null ? Array.Empty<ReplySpan>() : [new ReplySpan("/" + command + " " + example.Id, SpanStyle.Code)],
                    new ReplySpan(". "),
                    new ReplySpan("/topics", SpanStyle.Code),
                    new ReplySpan(" lists what I know."),
                ]),
            ],
            Buttons = [.. answer.Suggestions.Take(3).Select(f => new ReplyButton(FactText.ButtonLabel(f.Counts), "/" + command + " " + f.Id))],
            Private = true,
        });
    }
}
