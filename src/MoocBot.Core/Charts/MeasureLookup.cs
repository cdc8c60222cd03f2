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

    /// <summary>The measure <paramref name="argument"/> names and the version it was found in, or the reply to send instead, in <paramref name="language"/>.</summary>
    public (Measure? Measure, FactRepository Repository, Reply? Reply) Resolve(string argument, string command, ChatLanguage language = ChatLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var answerer = facts.Answerer;
        var repository = answerer.Repository;
        var wanted = argument.Trim();
        if (FactIds.Find(wanted, repository.FindMeasure) is { } byId)
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
                    ReplyBlock.Text(MessageCatalogue.Get("lookup.several", language, wanted)),
                    .. choices.Select(f => new ReplyBlock(ReplyBlockKind.ListItem, [new ReplySpan(FactText.Capitalize(CountsOf(f, language)))])),
                ],
                Buttons = [.. choices.Select(f => new ReplyButton(FactText.ButtonLabel(CountsOf(f, language)), "/" + command + " " + f.Id))],
                Language = language,
            });
        }

        var headline = MeasureChart.Headline(repository);
        var example = headline.Count > 0 ? headline[0] : repository.Measures.Count > 0 ? repository.Measures[0] : null;
        return (null, repository, new Reply
        {
            Blocks =
            [
                ReplyBlock.Text(MessageCatalogue.Get("lookup.unknown", language, wanted)),
                new ReplyBlock(ReplyBlockKind.Paragraph,
                [
                    new ReplySpan(MessageCatalogue.Get("lookup.name-it", language) + (example is null ? string.Empty : MessageCatalogue.Get("lookup.for-example", language))),
                    .. example is null ? Array.Empty<ReplySpan>() : [new ReplySpan("/" + command + " " + example.Id, SpanStyle.Code)],
                    new ReplySpan(MessageCatalogue.Get("lookup.stop", language)),
                    new ReplySpan("/topics", SpanStyle.Code),
                    new ReplySpan(MessageCatalogue.Get("lookup.topics", language)),
                ]),
            ],
            Buttons = [.. answer.Suggestions.Take(3).Select(f => new ReplyButton(FactText.ButtonLabel(CountsOf(f, language)), "/" + command + " " + f.Id))],
            Private = true,
            Language = language,
        });
    }

    private static string CountsOf(Fact fact, ChatLanguage language) =>
        language == ChatLanguage.Chinese ? ChineseFactFormatter.Counts(fact) : fact.Counts;
}
