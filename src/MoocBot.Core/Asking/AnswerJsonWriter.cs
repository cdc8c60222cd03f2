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

    public string Write(string question)
    {
        var answer = answerer.Answer(ConversationRouter.Clean(question));
        return Write(question, answer, composer.ComposeAnswer(answer, ChatLanguages.OfText(question)), followUpOf: null);
    }

    /// <summary>A question of a conversation (<c>ask --chat</c>): "followUpOf" names the question it followed when the context was used.</summary>
    public string Write(string question, ConversationTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Write(question, turn.Answer, turn.Reply, turn.FollowUpOf);
    }

    private string Write(string question, Answer answer, Reply reply, string? followUpOf)
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

        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
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
        foreach (var observation in repository.FindMeasure(fact.Id)?.History() ?? [fact])
        {
            json.WriteStartObject();
            WriteValue(json, observation.Value);
            json.WriteString("qualifier", QualifierName(observation.Qualifier));
            json.WriteString("display", observation.Display);
            json.WriteString("asOf", observation.AsOf);
            if (observation.ObservationNote is { } note)
            {
                json.WriteString("note", note);
            }

            WriteSource(json, repository.SourceOf(observation));
            json.WriteEndObject();
        }

        json.WriteEndArray();
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
