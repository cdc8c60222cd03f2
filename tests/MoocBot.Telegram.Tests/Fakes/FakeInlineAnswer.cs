using System.Text.Json.Nodes;

namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>The bot's answer to an inline query.</summary>
/// <param name="InlineQueryId">The query answered.</param>
/// <param name="Results">The results as sent.</param>
/// <param name="VisibleTexts">Each result's message text as a user would see it once chosen.</param>
public sealed record FakeInlineAnswer(string InlineQueryId, JsonArray Results, IReadOnlyList<string> VisibleTexts);
