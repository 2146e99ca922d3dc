using System.Reflection;

namespace CasuistiekBot.Tests.Cards;

/// <summary>
/// The string constants the app declares in its small static classes by naming convention (<c>SignalVerbs</c>,
/// <c>SignalCardNames</c>), each with the class and member that declares it, for the failure messages.
/// </summary>
internal static class DeclaredConstants
{
    public static IReadOnlyList<(string Value, string DeclaredAs)> InClassesEndingWith(string suffix) =>
        typeof(CasuistiekBot.Storage.CasuistiekDbContext).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true, IsNested: false } && t.Name.EndsWith(suffix, StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
                .Select(f => ((string)f.GetRawConstantValue()!, $"{t.Name}.{f.Name}")))
            .ToList();
}
