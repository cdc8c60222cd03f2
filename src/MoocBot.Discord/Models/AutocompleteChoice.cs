namespace MoocBot.Discord.Models;

internal sealed record AutocompleteChoice(string Name, string Value);
