using System.Text.Json.Serialization;
using MoocBot.Core.Conversations;

namespace MoocBot.Storage;

/// <summary>The JSON the store writes, source-generated so it needs no reflection (trimming, native AOT).</summary>
[JsonSerializable(typeof(Reply))]
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
[JsonSerializable(typeof(IReadOnlyCollection<long>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
