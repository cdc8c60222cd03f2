using Microsoft.Extensions.Options;

namespace MoocBot.Core.Notices;

[OptionsValidator]
internal sealed partial class FactsWatchOptionsValidator : IValidateOptions<FactsWatchOptions>;
