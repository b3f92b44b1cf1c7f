using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsScrub;

/// <summary>Enum values as camelCase strings, for <see cref="ArticleJsonContext"/>.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
