using Microsoft.Extensions.Options;

namespace MoocBot.Core.Conversations;

[OptionsValidator]
internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
