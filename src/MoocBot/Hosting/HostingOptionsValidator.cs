using Microsoft.Extensions.Options;

namespace MoocBot.Hosting;

[OptionsValidator]
internal sealed partial class HostingOptionsValidator : IValidateOptions<HostingOptions>;
