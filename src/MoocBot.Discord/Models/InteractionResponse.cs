namespace MoocBot.Discord.Models;

internal sealed record InteractionResponse(InteractionCallbackType Type, InteractionCallbackData? Data = null);
