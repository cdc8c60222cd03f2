using Microsoft.Extensions.Options;

namespace MoocBot.Discord;

[OptionsValidator]
internal sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;
