using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Answering;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Core.Notices;

/// <summary>
/// Publishes the loaded repository when the host starts, so a facts file changed while the bot was down reaches
/// subscribers (<see cref="FactFileWatcher"/> publishes changes made while it runs). When the store cannot be reached
/// yet, publishing is tried again in the background until it can.
/// </summary>
internal sealed class FactPublishingService : IHostedService, IDisposable
{
    private readonly FactPublisher _publisher;
    private readonly CurrentFacts _facts;
    private readonly IOptions<NoticesOptions> _options;
    private readonly ILogger<FactPublishingService> _logger;
    private readonly StartupRetry _retry;

    public FactPublishingService(FactPublisher publisher, CurrentFacts facts, IOptions<NoticesOptions> options, TimeProvider timeProvider, ILogger<FactPublishingService> logger)
    {
        _publisher = publisher;
        _facts = facts;
        _options = options;
        _logger = logger;
        _retry = new StartupRetry(PublishAsync, ex => ex is not OperationCanceledException, Failed, timeProvider);
    }

    public Task StartAsync(CancellationToken cancellationToken) =>
        _options.Value.PublishOnStart ? _retry.StartAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _retry.StopAsync(cancellationToken);

    public void Dispose() => _retry.Dispose();

    // The version served at each attempt: a change loaded meanwhile is the one to publish.
    private Task<PublishSummary> PublishAsync(CancellationToken cancellationToken) =>
        _publisher.PublishAsync(_facts.Repository, Publishers.RunningBot(Publishers.HostIdOf(_options.Value)), cancellationToken);

    // One line per attempt: the store's own retry logs the same outage, so the stack trace adds nothing.
    private void Failed(int attempt, TimeSpan delay, Exception exception) => Log.PublishOnStartFailed(_logger, attempt, exception.GetBaseException().Message, delay);
}
