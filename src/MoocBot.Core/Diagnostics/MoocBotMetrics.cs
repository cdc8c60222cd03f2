using System.Diagnostics.Metrics;
using MoocBot.Core.Answering;

namespace MoocBot.Core.Diagnostics;

/// <summary>The bot's instruments under the meter "MoocBot", exportable through OpenTelemetry.</summary>
public sealed class MoocBotMetrics : IDisposable
{
    /// <summary>The meter's name, for exporters and listeners.</summary>
    public const string MeterName = "MoocBot";

    private readonly Meter _meter;
    private readonly Counter<long> _questions;
    private readonly Histogram<double> _answerLatency;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _updates;
    private readonly Counter<long> _webhookRejected;

    /// <summary>Creates the instruments.</summary>
    public MoocBotMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _questions = _meter.CreateCounter<long>("moocbot.questions", description: "Questions answered, by status (answered, not_found, ambiguous) and platform");
        _answerLatency = _meter.CreateHistogram<double>("moocbot.answer.duration", unit: "ms", description: "Time to answer one question");
        _deliveries = _meter.CreateCounter<long>("moocbot.notice.deliveries", description: "Notice deliveries by outcome (sent, failed, retried) and platform");
        _rateLimited = _meter.CreateCounter<long>("moocbot.platform.rate_limited", description: "429 replies from a platform");
        _updates = _meter.CreateCounter<long>("moocbot.updates", description: "Updates received from a platform");
        _webhookRejected = _meter.CreateCounter<long>("moocbot.webhook.rejected", description: "Requests to a webhook endpoint refused before any update was handled, by platform and reason");
    }

    /// <summary>Records one answered question.</summary>
    public void QuestionAnswered(string platform, AnswerStatus status, TimeSpan elapsed)
    {
        var statusName = status switch
        {
            AnswerStatus.Answered => "answered",
            AnswerStatus.Ambiguous => "ambiguous",
            _ => "not_found",
        };
        _questions.Add(1, new KeyValuePair<string, object?>("status", statusName), new KeyValuePair<string, object?>("platform", platform));
        _answerLatency.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("platform", platform));
    }

    /// <summary>Records one delivery attempt's outcome: "sent", "failed" or "retried".</summary>
    public void Delivery(string platform, string outcome) =>
        _deliveries.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Records a 429 from a platform.</summary>
    public void RateLimited(string platform) =>
        _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));

    /// <summary>Records an update received from a platform.</summary>
    public void UpdateReceived(string platform) =>
        _updates.Add(1, new KeyValuePair<string, object?>("platform", platform));

    /// <summary>
    /// Records a request refused at a webhook endpoint (the caller's fault, so never a health failure): <paramref name="reason"/>
    /// is "secret", "signature", "timestamp", "replay", "too_large", "too_slow" or "malformed".
    /// </summary>
    public void WebhookRejected(string platform, string reason) =>
        _webhookRejected.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("reason", reason));

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
