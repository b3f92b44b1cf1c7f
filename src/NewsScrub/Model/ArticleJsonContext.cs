using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

[assembly: SuppressMessage("ApiDesign", "RS0041:Public members should not use oblivious types", Scope = "type", Target = "~T:NewsScrub.ArticleJsonContext", Justification = "The System.Text.Json source generator emits its type-info properties without nullable annotations.")]

namespace NewsScrub;

/// <summary>
/// The JSON contract of an <see cref="Article"/>, source-generated (no reflection, trimming-safe): camelCase names,
/// enums as camelCase strings (<c>"listItem"</c>, <c>"relatedLink"</c>), <c>published</c> in ISO 8601, and the same
/// shape <c>newsscrub clean --format json</c> writes (the CLI adds <c>source</c> and, for archives, <c>offset</c> and
/// the record's fields). The schema is <c>docs/article.schema.json</c>.
/// </summary>
/// <example>
/// <code>
/// var json = JsonSerializer.Serialize(article, ArticleJsonContext.Default.Article);
/// var back = JsonSerializer.Deserialize(json, ArticleJsonContext.Default.Article);
/// </code>
/// </example>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(CamelCaseEnumConverter<BlockKind>), typeof(CamelCaseEnumConverter<RemovalCategory>)])]
[JsonSerializable(typeof(Article))]
public sealed partial class ArticleJsonContext : JsonSerializerContext;
