using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Conversations;
using MoocBot.Discord.Commands;
using MoocBot.Discord.Models;
using MoocBot.Discord.Rendering;
using MoocBot.Discord.Rest;

namespace MoocBot.Discord.Interactions;

/// <summary>
/// Turns a verified interaction into its response: PONG, an answer (inline when ready within
/// <see cref="InlineBudget"/>, else deferred and edited in later; an answer with a picture is always deferred, and
/// the edit uploads it), autocomplete choices, or a button's command.
/// </summary>
internal sealed class InteractionHandler(
    ConversationRouter router,
    FactSearch search,
    DiscordCommandCatalog catalog,
    DiscordRestClient rest,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILogger<InteractionHandler> logger) : IAsyncDisposable
{
    /// <summary>Discord waits 3 s for the first response; an answer not ready by this time is deferred.</summary>
    public static readonly TimeSpan InlineBudget = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a late answer waits for the deferral to have gone out before it edits it anyway. Discord gives up on
    /// an interaction not answered within 3 s, so a deferral still unsent by then is lost and the edit fails either way.
    /// </summary>
    public static readonly TimeSpan DeferralDeliveryWait = TimeSpan.FromSeconds(5);

    private const ulong AdministratorPermission = 1UL << 3;
    private const ulong ManageGuildPermission = 1UL << 5;

    private readonly ConcurrentDictionary<Task, bool> _pendingEdits = new();

    /// <summary>
    /// Answers <paramref name="interaction"/>. <paramref name="responseSent"/> completes once the returned response has been
    /// written to Discord; a deferred answer waits for it, since Discord answers 404 to an edit of a deferral it has not had.
    /// </summary>
    public async Task<InteractionResponse> HandleAsync(Interaction interaction, Task responseSent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(responseSent);
        switch (interaction.Type)
        {
            case InteractionType.Ping:
                return new InteractionResponse(InteractionCallbackType.Pong);

            case InteractionType.ApplicationCommand when interaction.Data is { } data:
                return catalog.ToMessageText(data) is { } text
                    ? await AnswerAsync(interaction, text, "/" + data.Name, responseSent, cancellationToken)
                    : Private("I don't know that command any more. Type / to see the ones I have.");

            case InteractionType.MessageComponent when interaction.Data?.CustomId is { Length: > 1 } customId && customId[0] == '/':
                return await AnswerAsync(interaction, customId, "button", responseSent, cancellationToken);

            case InteractionType.ApplicationCommandAutocomplete when interaction.Data is { } data:
                return Autocomplete(data);

            default:
                return Private("Sorry, I can't handle that here.");
        }
    }

    /// <summary>The message the router sees for an interaction: a command or question addressed to the bot.</summary>
    public static ChatMessage ToChatMessage(Interaction interaction, string text)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var user = interaction.Member?.User ?? interaction.User;
        var inGuild = interaction.GuildId is not null;
        return new ChatMessage(DiscordPlatform.Name, interaction.ChannelId ?? string.Empty, user?.Id ?? string.Empty, text, inGuild, MentionsBot: true)
        {
            SenderIsAdmin = inGuild ? MayManageGuild(interaction.Member?.Permissions) : null,
            LanguageHint = interaction.Locale,
        };
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_pendingEdits.Keys);
        }
        catch (OperationCanceledException)
        {
            // The host is stopping; unfinished edits are abandoned with it.
        }
    }

    private async Task<InteractionResponse> AnswerAsync(Interaction interaction, string text, string what, Task responseSent, CancellationToken cancellationToken)
    {
        var message = ToChatMessage(interaction, text);
        var stopping = lifetime.ApplicationStopping;

        // The budget's timer starts before the work, so an answer that blocks is deferred on time.
        using var budgetCancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping, cancellationToken);
        var budget = Task.Delay(InlineBudget, timeProvider, budgetCancellation.Token);
        var work = RouteAsync(message, what, stopping);
        var first = await Task.WhenAny(work, budget);
        await budgetCancellation.CancelAsync();
        Reply? ready = null;
        if (first == work)
        {
            ready = await work;

            // The response to the interaction's POST is JSON and cannot carry a file: a picture goes in the edit of a deferral.
            if (ready?.Image is null)
            {
                return Respond(ready);
            }
        }

        // Core declares which commands always answer privately (help, a chat's subscriptions): their deferral is ephemeral from the start.
        var deferredPrivately = router.RepliesPrivately(text) || ready?.Private == true;
        if (ready is null)
        {
            Log.InteractionDeferred(logger, what, deferredPrivately);
        }

        var edit = CompleteDeferredAsync(work, responseSent, interaction.Token, deferredPrivately, what, stopping);
        _pendingEdits.TryAdd(edit, true);
        _ = edit.ContinueWith(t => _pendingEdits.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return new InteractionResponse(
            InteractionCallbackType.DeferredChannelMessageWithSource,
            deferredPrivately ? new InteractionCallbackData { Flags = DiscordEmbedRenderer.EphemeralFlag } : null);
    }

    private async Task<Reply?> RouteAsync(ChatMessage message, string what, CancellationToken cancellationToken)
    {
        // Never completes synchronously inside the caller, so the budget is measured from here.
        await Task.Yield();
        try
        {
            return await router.HandleAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ChatLog.AnswerFailed(logger, DiscordPlatform.Name, "interaction " + what, ex);
            return ReplyComposer.ComposePrivateText("Sorry, something went wrong while answering. Please try again in a moment.");
        }
    }

    /// <summary>
    /// Puts the answer where the deferral's "thinking..." is. Whether that message is ephemeral was fixed by the
    /// deferral, and an edit (or a first follow-up, which Discord treats as an edit) cannot change it. So a private
    /// answer to a public deferral (an error, a confirmation) replaces it: the public message is deleted and the
    /// answer sent as an ephemeral follow-up. A public answer to a private deferral stays private: safe, if quieter.
    /// </summary>
    private async Task CompleteDeferredAsync(Task<Reply?> work, Task deferralSent, string interactionToken, bool deferredPrivately, string what, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await work ?? Fallback();
            var message = DiscordEmbedRenderer.Render(reply, inInteraction: true);
            await WaitForDeferralAsync(deferralSent, what, cancellationToken);
            if (reply.Private && !deferredPrivately)
            {
                var deleted = await rest.DeleteOriginalResponseAsync(interactionToken, cancellationToken);
                if (deleted.IsSuccess)
                {
                    var followup = await rest.CreateFollowupMessageAsync(interactionToken, message, cancellationToken);
                    if (!followup.IsSuccess)
                    {
                        Log.DeferredAnswerRejected(logger, what, (int)followup.Status);
                    }

                    return;
                }

                // The "thinking..." could not be removed: answer in it, in public, rather than leave it spinning.
                Log.DeferredPublicResponseKept(logger, what, (int)deleted.Status);
            }

            var edited = await rest.EditOriginalResponseAsync(interactionToken, message with { Flags = null }, cancellationToken);
            if (!edited.IsSuccess)
            {
                Log.DeferredAnswerRejected(logger, what, (int)edited.Status);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.DeferredAnswerFailed(logger, what, ex);
        }
    }

    /// <summary>
    /// An answer ready just after the budget may be here before the deferral has been written to Discord; editing it then
    /// gets 404 Unknown Webhook. Waits until it is out, but not for ever: past <see cref="DeferralDeliveryWait"/> the
    /// edit is tried anyway and a refusal is logged.
    /// </summary>
    private async Task WaitForDeferralAsync(Task deferralSent, string what, CancellationToken cancellationToken)
    {
        if (deferralSent.IsCompleted)
        {
            return;
        }

        var sent = deferralSent.WaitAsync(DeferralDeliveryWait, timeProvider, cancellationToken);
        Log.DeferredAnswerWaitsForDeferral(logger, what);
        try
        {
            await sent;
        }
        catch (TimeoutException)
        {
            Log.DeferralNotSent(logger, what, DeferralDeliveryWait);
        }
    }

    private InteractionResponse Autocomplete(InteractionData data)
    {
        var query = FocusedOption(data.Options)?.ValueText ?? string.Empty;
        var choices = search.Search(query, DiscordLimits.AutocompleteChoices)
            .Where(f => f.Id.Length <= DiscordLimits.ChoiceValue)
            .Select(f => new AutocompleteChoice(DiscordMarkdown.Truncate(Capitalize(f.Counts) + " — " + f.Display, DiscordLimits.ChoiceName), f.Id))
            .ToList();
        return new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionCallbackData { Choices = choices });
    }

    private static InteractionOption? FocusedOption(IReadOnlyList<InteractionOption>? options)
    {
        foreach (var option in options ?? [])
        {
            if (option.Focused == true)
            {
                return option;
            }

            if (FocusedOption(option.Options) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private static InteractionResponse Respond(Reply? reply) => new(
        InteractionCallbackType.ChannelMessageWithSource,
        InteractionCallbackData.From(DiscordEmbedRenderer.Render(reply ?? Fallback(), inInteraction: true)));

    private static InteractionResponse Private(string text) => Respond(ReplyComposer.ComposePrivateText(text));

    private static Reply Fallback() => ReplyComposer.ComposePrivateText("I have nothing to say to that. Send /help to see what I can do.");

    private static bool MayManageGuild(string? permissions) =>
        ulong.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
        && (bits & (AdministratorPermission | ManageGuildPermission)) != 0;

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
