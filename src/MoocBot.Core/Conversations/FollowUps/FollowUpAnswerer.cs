using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>
/// Answers a question in its conversation: a follow-up ("and in the west?", "what about 2024?", "where is that from?",
/// "那西部呢？") is read against the user's last question in the chat — its measure, topic and time — and answered
/// by the normal answerer, so the reply keeps the house format (figure, what it counts, as of when, source). A full
/// question answers as it always did and replaces the context; one that finds nothing drops it.
/// </summary>
public sealed class FollowUpAnswerer(
    CurrentFacts facts,
    ReplyComposer composer,
    IConversationContextStore store,
    IOptions<ConversationOptions> options,
    TimeProvider timeProvider,
    ILogger<FollowUpAnswerer> logger)
{
    private const double ContextConfidence = 0.9;
    private const int MaxAlike = 2;
    private static readonly char[] WordSeparators = [' ', '(', ')', ',', '-', '\''];

    // What a unit counts, so "and in the west?" after learners finds the west's learners (person-times of students
    // learning), not a count of courses; a unit not listed is its own kind.
    private static readonly Dictionary<string, string> UnitKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["learners"] = "learners",
        ["person-times"] = "learners",
        ["users"] = "learners",
        ["people"] = "learners",
        ["teachers"] = "teachers",
        ["lecturers"] = "teachers",
        ["courses"] = "courses",
        ["courses and services"] = "courses",
        ["countries"] = "countries",
        ["countries and regions"] = "countries",
    };
    // Words that say nothing of what a figure counts; the place words of the topics (data) are left out too.
    private static readonly HashSet<string> SimilarityStopWords = new(StringComparer.Ordinal)
    {
        "in", "of", "the", "for", "and", "on", "to", "by",
    };

    private FollowUpPlaces? _places;

    /// <summary>Answers <paramref name="text"/> (already cleaned) from the sender of <paramref name="message"/>, and keeps the context it leaves.</summary>
    public async Task<ConversationTurn> AnswerAsync(ChatMessage message, string text, CancellationToken cancellationToken) =>
        await AnswerAsync(message, text, ChatLanguages.OfText(text), cancellationToken);

    /// <summary>As <see cref="AnswerAsync(ChatMessage, string, CancellationToken)"/>, the reply worded in <paramref name="language"/>.</summary>
    public async Task<ConversationTurn> AnswerAsync(ChatMessage message, string text, ChatLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(text);
        var key = ConversationKey.Of(message);
        var now = timeProvider.GetUtcNow();
        var context = await FindAsync(key, now - options.Value.FollowUpWindow, cancellationToken);
        var turn = Answer(text, context, language);
        await RememberAsync(key, text, turn, now, cancellationToken);
        return turn;
    }

    /// <summary>Drops the sender's context in the chat (/start, /help).</summary>
    public async Task ForgetAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await store.ForgetAsync(ConversationKey.Of(message), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ConversationStoreFailed(logger, message.Platform, ex);
        }
    }

    /// <summary>The turn <paramref name="text"/> makes after <paramref name="context"/> (null: nothing to follow).</summary>
    public ConversationTurn Answer(string text, ConversationContext? context, ChatLanguage language = ChatLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(text);
        var answerer = facts.Answerer;
        var measure = context is null ? null : answerer.Repository.FindMeasure(context.MeasureId);
        var request = FollowUpReader.Read(text, PlacesOf(answerer.Repository));
        if (request is null)
        {
            var answer = answerer.Answer(text);
            if (answer.Status != AnswerStatus.Answered && measure is not null && FollowUpReader.IsElliptical(text)
                && Resolve(new FollowUpRequest(FollowUpKind.Refine, text, null, null, text), context!, measure, language) is { Answer.Status: AnswerStatus.Answered } elliptical)
            {
                return elliptical;
            }

            return new ConversationTurn(answer, composer.ComposeAnswer(answer, language), null);
        }

        if (measure is null)
        {
            // Shaped like a follow-up but nothing to follow: one that names a measure still answers ("what about registered
            // users?"); a place or a time alone ("and in 2020?") names none, whatever figure happens to hold that year.
            var answer = request.Kind == FollowUpKind.Refine && request.Measure.Length == 0 ? null : answerer.Answer(text);
            return answer is { Status: AnswerStatus.Answered }
                ? new ConversationTurn(answer, composer.ComposeAnswer(answer, language), null)
                : NeedsContext(text, request, language);
        }

        return Resolve(request, context!, measure, language);
    }

    private ConversationTurn Resolve(FollowUpRequest request, ConversationContext context, Measure measure, ChatLanguage language)
    {
        var answerer = facts.Answerer;
        var carried = context.Time is { } time && ParseTime(time) is { } point ? new TimeScope { At = point } : TimeScope.None;
        switch (request.Kind)
        {
            case FollowUpKind.Source:
            {
                var answer = answerer.AnswerMeasure(request.Text, measure, carried, ContextConfidence);
                var quote = answer.Status == AnswerStatus.Answered ? composer.ComposeQuote(answer.Facts[0], language) : composer.ComposeAnswer(answer, language);
                return new ConversationTurn(answer, quote, context.Question);
            }

            case FollowUpKind.Reason:
            {
                var answer = answerer.AnswerMeasure(request.Text, measure, carried, ContextConfidence);
                var counts = answer.Status == AnswerStatus.Answered
                    ? WithLead(composer.ComposeAnswer(answer, language), MessageCatalogue.Get("followup.why", language, answer.Facts[0].Counts))
                    : composer.ComposeAnswer(answer, language);
                return new ConversationTurn(answer, counts, context.Question);
            }
        }

        if (request.OtherPlace is { } place)
        {
            var answer = new Answer(request.Text, AnswerStatus.NotFound, 0, [], []);
            var places = PlacesOf(answerer.Repository);
            var topics = string.Join("; ", answerer.Repository.Topics.Where(t => places.Topics.Contains(t.Id)).Select(t => t.Description));
            return new ConversationTurn(answer, ReplyComposer.ComposeText(
                MessageCatalogue.Get("followup.other-place", language, place, topics),
                MessageCatalogue.Get("followup.other-place.ask", language)), context.Question);
        }

        var topic = request.Topic ?? measure.Topic;
        Measure? chosen;
        double confidence = ContextConfidence;
        if (request.Measure.Length == 0)
        {
            chosen = topic == measure.Topic ? measure : Nearest(measure, topic);
        }
        else
        {
            var found = answerer.Answer(request.Measure);
            chosen = Pick(found, topic, measure);
            if (chosen is null)
            {
                return new ConversationTurn(found, composer.ComposeAnswer(found, language), context.Question);
            }

            confidence = found.Status == AnswerStatus.Answered ? Math.Min(found.Confidence, ContextConfidence) : ContextConfidence * 0.8;
        }

        if (chosen is null)
        {
            var answer = new Answer(request.Text, AnswerStatus.NotFound, 0, [], []);
            return new ConversationTurn(answer, request.Measure.Length == 0 && topic != measure.Topic
                ? NoSuchFigure(measure, topic, language)
                : composer.ComposeAnswer(answer, language), context.Question);
        }

        var resolved = answerer.AnswerMeasure(request.Text, chosen, carried, confidence);
        var reply = composer.ComposeAnswer(resolved, language);
        if (request.Measure.Length == 0 && topic != measure.Topic && resolved is { Status: AnswerStatus.Answered, Time: null })
        {
            // "And in the west?" after a count of courses: the west's other figures of that kind too, each with its own date and source.
            var alike = SameKind(measure, topic).Where(m => m.Id != chosen.Id).Take(MaxAlike).Select(m => m.ToFact(m.Latest)).ToList();
            if (alike.Count > 0)
            {
                resolved = resolved with { Facts = [.. resolved.Facts, .. alike] };
                reply = reply with
                {
                    Blocks =
                    [
                        .. reply.Blocks,
                        ReplyBlock.Text(MessageCatalogue.Get("followup.also", language, FirstWord(chosen.Unit),
                            string.Join(language == ChatLanguage.Chinese ? "；" : "; ", alike.Select(f => DescribeBriefly(f, language))))),
                    ],
                };
            }
        }

        return new ConversationTurn(resolved, reply, context.Question);
    }

    /// <summary>"What it counts: figure (as of, source)", in <paramref name="language"/>.</summary>
    private string DescribeBriefly(Fact fact, ChatLanguage language)
    {
        var source = facts.Repository.SourceOf(fact);
        return language == ChatLanguage.Chinese
            ? ChineseFactFormatter.Counts(fact) + "：" + ChineseFactFormatter.FormatBrief(fact, source)
            : FactText.Capitalize(fact.Counts) + ": " + FactFormatter.FormatBrief(fact, source);
    }

    /// <summary>The measures of <paramref name="topic"/> that count the same kind of thing as <paramref name="previous"/>, most alike first.</summary>
    private IEnumerable<Measure> SameKind(Measure previous, string topic) =>
        facts.Repository.Measures
            .Where(m => m.Topic == topic && Kind(m.Unit) == Kind(previous.Unit))
            .OrderByDescending(m => Similarity(previous, m));

    /// <summary>"I have no figure like “International learners” for the west": the topic has none of that kind.</summary>
    private Reply NoSuchFigure(Measure previous, string topic, ChatLanguage language)
    {
        var repository = facts.Repository;
        var label = language == ChatLanguage.Chinese ? ChineseFactFormatter.Label(previous) : previous.Label;
        return ReplyComposer.ComposeText(MessageCatalogue.Get("followup.no-such-figure", language, label, ReplyComposer.DescribeTopic(repository, topic, language), topic))
            with { Language = language };
    }

    /// <summary>
    /// The measure a follow-up naming one means: the answer to its words, unless the answerer also found one in the
    /// conversation's topic ("学习者呢？" after English open courses means their learners). Null: answer the words as they are.
    /// </summary>
    private Measure? Pick(Answer found, string topic, Measure previous)
    {
        var repository = facts.Repository;
        if (found.Status == AnswerStatus.NotFound && found.Reason != NotFoundReason.None)
        {
            return null;
        }

        var candidates = found.Status == AnswerStatus.NotFound ? found.Suggestions : found.Facts;
        var inTopic = candidates.Where(f => f.Topic == topic && f.Id != previous.Id).ToList();
        if (found.Status == AnswerStatus.Answered && (inTopic.Count == 0 || found.Facts[0].Topic == topic))
        {
            return repository.FindMeasure(found.Facts[0].Id);
        }

        var best = inTopic
            .Select((fact, rank) => (Measure: repository.FindMeasure(fact.Id), Rank: rank))
            .Where(c => c.Measure is not null)
            .OrderByDescending(c => Similarity(previous, c.Measure!))
            .ThenBy(c => c.Rank)
            .Select(c => c.Measure)
            .FirstOrDefault();
        return best;
    }

    /// <summary>
    /// The measure of <paramref name="topic"/> most like <paramref name="previous"/>: of the same kind (<see cref="Kind"/>), then
    /// the most words in common; null when the topic counts nothing of that kind.
    /// </summary>
    private Measure? Nearest(Measure previous, string topic) =>
        facts.Repository.Measures
            .Where(m => m.Topic == topic && m.Observations.Any(o => o.Value is not null) && Kind(m.Unit) == Kind(previous.Unit))
            .Select((m, order) => (Measure: m, Order: order))
            .OrderByDescending(c => Similarity(previous, c.Measure))
            .ThenBy(c => c.Order)
            .Select(c => c.Measure)
            .FirstOrDefault();

    private double Similarity(Measure a, Measure b)
    {
        var sameUnit = Kind(a.Unit) == Kind(b.Unit) ? 1 : 0;
        var wordsA = Words(a.Label);
        var wordsB = Words(b.Label);
        var common = wordsA.Count(wordsB.Contains);
        var union = wordsA.Union(wordsB).Count();
        return (3 * sameUnit) + (2 * common) + (union == 0 ? 0 : (double)common / union);
    }

    private static string FirstWord(string text) => text.Split(' ', 2)[0];

    /// <summary>What a unit counts: "learners" for person-times, users and people too; a unit not in <see cref="UnitKinds"/> is its own kind.</summary>
    private static string Kind(string unit) => UnitKinds.GetValueOrDefault(unit) ?? unit.ToLowerInvariant();

    private HashSet<string> Words(string label)
    {
        var placeWords = PlacesOf(facts.Repository).TopicWords;
        return [.. label.ToLowerInvariant().Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !SimilarityStopWords.Contains(w) && !placeWords.Contains(w))
            .Select(w => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w)];
    }

    /// <summary>The places of <paramref name="repository"/>'s vocabulary, read again only when a reload brought another vocabulary.</summary>
    private FollowUpPlaces PlacesOf(FactRepository repository)
    {
        var places = Volatile.Read(ref _places);
        if (places is null || !ReferenceEquals(places.Vocabulary, repository.Vocabulary))
        {
            places = FollowUpPlaces.From(repository.Vocabulary);
            Volatile.Write(ref _places, places);
        }

        return places;
    }

    private ConversationTurn NeedsContext(string text, FollowUpRequest request, ChatLanguage language)
    {
        var answer = new Answer(text, AnswerStatus.NotFound, 0, [], []);
        var what = request.Kind switch
        {
            FollowUpKind.Source => MessageCatalogue.Get("followup.none.source", language),
            FollowUpKind.Reason => MessageCatalogue.Get("followup.none.reason", language),
            _ => MessageCatalogue.Get("followup.none", language, FormatWindow(options.Value.FollowUpWindow, language)),
        };
        return new ConversationTurn(answer, ReplyComposer.ComposeText(what, MessageCatalogue.Get("followup.ask-whole", language)), null);
    }

    private static string FormatWindow(TimeSpan window, ChatLanguage language) =>
        (window.TotalMinutes >= 1 && window.Seconds == 0, language) switch
        {
            (true, ChatLanguage.Chinese) => string.Create(CultureInfo.InvariantCulture, $"{window.TotalMinutes:0}分钟"),
            (false, ChatLanguage.Chinese) => string.Create(CultureInfo.InvariantCulture, $"{window.TotalSeconds:0}秒"),
            (true, _) => string.Create(CultureInfo.InvariantCulture, $"{window.TotalMinutes:0} minute{(window.TotalMinutes == 1 ? string.Empty : "s")}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{window.TotalSeconds:0} seconds"),
        };

    private static Reply WithLead(Reply reply, string lead) => reply with { Blocks = [ReplyBlock.Text(lead), .. reply.Blocks] };

    private async Task<ConversationContext?> FindAsync(ConversationKey key, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        try
        {
            return await store.FindAsync(key, notBefore, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ConversationStoreFailed(logger, key.Platform, ex);
            return null;
        }
    }

    /// <summary>An answered question becomes the context; a full question that found nothing drops it; a follow-up that found nothing keeps it.</summary>
    private async Task RememberAsync(ConversationKey key, string text, ConversationTurn turn, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            if (turn.Answer.Status == AnswerStatus.Answered)
            {
                var fact = turn.Answer.Facts[0];
                var context = new ConversationContext(text, fact.Id, fact.Topic, FormatTime(turn.Answer.Time?.Scope.At), now);
                await store.SaveAsync(key, context, now - options.Value.FollowUpWindow, cancellationToken);
            }
            else if (turn.FollowUpOf is null)
            {
                await store.ForgetAsync(key, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ConversationStoreFailed(logger, key.Platform, ex);
        }
    }

    private static string? FormatTime(TimePoint? point) => point is { } at
        ? at.Month is { } month ? string.Create(CultureInfo.InvariantCulture, $"{at.Year:D4}-{month:D2}") : at.Year.ToString(CultureInfo.InvariantCulture)
        : null;

    private static TimePoint? ParseTime(string text)
    {
        var parts = text.Split('-');
        return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2200
            ? parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
                ? new TimePoint(year, month)
                : new TimePoint(year)
            : null;
    }
}
