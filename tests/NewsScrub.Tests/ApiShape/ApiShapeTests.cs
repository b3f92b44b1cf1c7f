using System.Reflection;
using System.Runtime.CompilerServices;

namespace NewsScrub.Tests.ApiShape;

/// <summary>The public API's shape: nothing unsealed, options and results immutable, no third-party types.</summary>
public sealed class ApiShapeTests
{
    private static readonly Type[] PublicTypes = typeof(Article).Assembly.GetExportedTypes();

    [Fact]
    public void Every_public_class_is_sealed_static_or_abstract()
    {
        var open = PublicTypes.Where(static type => type.IsClass && !type.IsSealed && !type.IsAbstract).Select(static type => type.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void Options_and_results_have_no_public_setters_only_init()
    {
        var records = PublicTypes.Where(static type => type.Name.EndsWith("Options", StringComparison.Ordinal) || type == typeof(Article) || type == typeof(ArticleBlock) || type == typeof(RemovedItem));
        var mutable = records
            .SelectMany(static type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(static property => property.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(static property => $"{property.DeclaringType!.Name}.{property.Name}");

        Assert.Empty(mutable);
    }

    [Fact]
    public void No_HtmlAgilityPack_type_appears_in_the_public_api()
    {
        var leaks = PublicTypes
            .SelectMany(static type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(static member => Signature(member).Any(static type => type.Assembly.GetName().Name == "HtmlAgilityPack"))
            .Select(static member => $"{member.DeclaringType!.Name}.{member.Name}");

        Assert.Empty(leaks);
    }

    private static IEnumerable<Type> Signature(MemberInfo member) => member switch
    {
        MethodInfo method => method.GetParameters().Select(static p => p.ParameterType).Append(method.ReturnType),
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        ConstructorInfo constructor => constructor.GetParameters().Select(static p => p.ParameterType),
        _ => [],
    };
}
