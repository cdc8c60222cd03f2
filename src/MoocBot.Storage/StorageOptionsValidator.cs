using Microsoft.Extensions.Options;

namespace MoocBot.Storage;

[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
