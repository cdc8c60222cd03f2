using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Conversations.FollowUps;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Asking;

/// <summary>Writes the <c>ask --json</c> object described in DESIGN.md, one line per question.</summary>
public sealed class AnswerJsonWriter(FactAnswerer answerer, ReplyComposer composer)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public string Write(string question) => Encoding.UTF8.GetString(WriteUtf8(question).Span);

    /// <summary>
    /// The line of <see cref="Write(string)"/> as UTF-8, without the detour through a string: valid until the next call.
    /// </summary>
    public ReadOnlyMemory<byte> WriteUtf8(string question)
    {
        var answer = answerer.Answer(ConversationRouter.Clean(question));
        WriteJson(question, answer, composer.ComposeAnswer(answer, ChatLanguages.OfText(question)), followUpOf: null);
        return _buffer.WrittenMemory;
    }

    /// <summary>A question of a conversation (<c>ask --chat</c>): "followUpOf" names the question it followed when the context was used.</summary>
    public string Write(string question, ConversationTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        WriteJson(question, turn.Answer, turn.Reply, turn.FollowUpOf);
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    private void WriteJson(string question, Answer answer, Reply reply, string? followUpOf)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("question", question);
            json.WriteString("status", StatusName(answer.Status));
            json.WriteNumber("confidence", Math.Round(Math.Clamp(answer.Confidence, 0, 1), 4));
            json.WriteString("answer", reply.ToPlainText());
            if (answer.Status == AnswerStatus.NotFound && answer.Reason != NotFoundReason.None)
            {
                json.WriteString("reason", ReasonName(answer.Reason));
            }

            json.WriteStartArray("facts");
            foreach (var fact in answer.Status == AnswerStatus.NotFound ? [] : answer.Facts)
            {
                WriteFact(json, fact);
            }

            json.WriteEndArray();
            WriteTime(json, answer.Time);
            if (followUpOf is not null)
            {
                json.WriteString("followUpOf", followUpOf);
            }

            json.WriteEndObject();
        }
    }

    private void WriteFact(Utf8JsonWriter json, Fact fact)
    {
        var repository = answerer.Repository;
        json.WriteStartObject();
        json.WriteString("id", fact.Id);
        WriteValue(json, fact.Value);
        json.WriteString("unit", fact.Unit);
        json.WriteString("qualifier", QualifierName(fact.Qualifier));
        json.WriteString("asOf", fact.AsOf);
        json.WriteString("text", fact.Evidence.Text);
        json.WriteString("topic", fact.Topic);
        json.WriteString("counts", fact.Counts);
        json.WriteString("display", fact.Display);
        WriteSource(json, repository.SourceOf(fact));
        json.WriteString("measure", fact.Id);
        json.WriteStartArray("history");
        if (repository.FindMeasure(fact.Id) is { } measure)
        {
            // The observations as Measure.History() would give them, without making a fact of each.
            var observations = measure.Observations;
            for (var i = 0; i < observations.Count; i++)
            {
                var observation = observations[i];
                WriteHistoryEntry(json, observation.Value, observation.Qualifier, observation.Display, observation.AsOf, observation.Note, repository.SourceOf(fact.Id, observation.Evidence));
            }
        }
        else
        {
            WriteHistoryEntry(json, fact.Value, fact.Qualifier, fact.Display, fact.AsOf, fact.ObservationNote, repository.SourceOf(fact));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteHistoryEntry(Utf8JsonWriter json, decimal? value, Qualifier qualifier, string display, string asOf, string? note, FactSource source)
    {
        json.WriteStartObject();
        WriteValue(json, value);
        json.WriteString("qualifier", QualifierName(qualifier));
        json.WriteString("display", display);
        json.WriteString("asOf", asOf);
        if (note is not null)
        {
            json.WriteString("note", note);
        }

        WriteSource(json, source);
        json.WriteEndObject();
    }

    /// <summary>
    /// "time", when the question names one: what was asked ("asked": "2021" or "2022-11", "publisher"), how it matched
    /// ("picked", "change", "between", "outside", "latest"), the nearest figures for "between", and for "change" the older
    /// figure and the change computed by the bot ("computed": true).
    /// </summary>
    private void WriteTime(Utf8JsonWriter json, TimeSelection? time)
    {
        if (time is null)
        {
            return;
        }

        json.WriteStartObject("time");
        if (time.Scope.At is { } at)
        {
            json.WriteString("asked", at.Month is { } month ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{at.Year:D4}-{month:D2}") : at.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (time.Scope.Publisher is { } publisher)
        {
            json.WriteString("publisher", publisher);
        }

        json.WriteString("outcome", time.Outcome.ToString().ToLowerInvariant());
        json.WriteString("range", time.Measure.Observations[0].AsOf + "/" + time.Measure.Latest.AsOf);
        WriteObservation(json, "before", time.Measure, time.Before);
        WriteObservation(json, "after", time.Measure, time.After);
        WriteObservation(json, "from", time.Measure, time.From);
        if (time.Change is { } change)
        {
            json.WriteStartObject("change");
            json.WriteNumber("difference", change.Difference);
            json.WriteBoolean("approximate", change.IsApproximate);
            if (change.Percent is { } percent)
            {
                json.WriteNumber("percent", percent);
            }
            else
            {
                json.WriteNull("percent");
            }

            json.WriteBoolean("computed", true);
            json.WriteString("text", change.Describe());
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteObservation(Utf8JsonWriter json, string name, Measure measure, Observation? observation)
    {
        if (observation is null)
        {
            return;
        }

        var fact = measure.ToFact(observation);
        json.WriteStartObject(name);
        WriteValue(json, fact.Value);
        json.WriteString("qualifier", QualifierName(fact.Qualifier));
        json.WriteString("display", fact.Display);
        json.WriteString("asOf", fact.AsOf);
        WriteSource(json, answerer.Repository.SourceOf(fact));
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber("value", number);
        }
        else
        {
            json.WriteNull("value");
        }
    }

    /// <summary>The source object: an article's headline, publisher, date and link (with reporter and data origin), or a cited report's.</summary>
    private static void WriteSource(Utf8JsonWriter json, FactSource source)
    {
        json.WriteStartObject("source");
        json.WriteString("title", source.Title);
        json.WriteString("publisher", source.Publisher);
        json.WriteString("date", source.Date);
        json.WriteString("url", source.Url?.AbsoluteUri);
        json.WriteString("reporter", source.Reporter);
        json.WriteString("dataFrom", source.DataFrom);
        json.WriteString("kind", source.IsReport ? "report" : "article");
        json.WriteEndObject();
    }

    private static string StatusName(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => "answered",
        AnswerStatus.Ambiguous => "ambiguous",
        _ => "not_found",
    };

    private static string ReasonName(NotFoundReason reason) => reason switch
    {
        NotFoundReason.OtherCountry => "other_country",
        NotFoundReason.OtherTime => "other_time",
        NotFoundReason.BetweenObservations => "between_observations",
        _ => "world_total",
    };

    private static string QualifierName(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Nearly => "nearly",
        Qualifier.MoreThan => "more_than",
        Qualifier.About => "about",
        _ => "exact",
    };
}
