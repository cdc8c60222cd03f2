using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

/// <summary>Resolves a command's fact argument: an exact id (also in its link form), or else the best answer to it as a question.</summary>
public sealed class FactLookup(CurrentFacts facts, ReplyComposer composer)
{
    /// <summary>The fact the argument names in the current version, or the reply to send instead (not found, or a choice) in <paramref name="language"/>.</summary>
    public (Fact? Fact, Reply? Reply) Resolve(string argument, ChatLanguage language = ChatLanguage.English) => Resolve(facts.Answerer, argument, language);

    /// <summary>The fact the argument names in <paramref name="answerer"/>'s version, or the reply to send instead in <paramref name="language"/>.</summary>
    public (Fact? Fact, Reply? Reply) Resolve(FactAnswerer answerer, string argument, ChatLanguage language = ChatLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(argument);
        if (FactIds.Find(argument, answerer.Repository.FindFact) is { } byId)
        {
            return (byId, null);
        }

        var answer = answerer.Answer(argument);
        return answer.Status == AnswerStatus.Answered
            ? (answer.Facts[0], null)
            : (null, composer.ComposeAnswer(answer, language));
    }
}
