using Microsoft.Extensions.Options;

namespace MoocBot.Core.Facts;

[OptionsValidator]
internal sealed partial class FactsOptionsValidator : IValidateOptions<FactsOptions>;
