using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Architecture;

/// <summary>
/// The app's capabilities as the compiler sees them: a slice is the namespace right under the assembly's root
/// (<c>CasuistiekBot.Signals.Reminders</c> belongs to <c>Signals</c>), and a table belongs to the slice of its entity type.
/// </summary>
internal sealed class Slices(Assembly assembly, string root)
{
    public static Slices App { get; } = new(typeof(CasuistiekBot.Storage.CasuistiekDbContext).Assembly, "CasuistiekBot");

    public static Slices Framework { get; } = new(typeof(CasuistiekBot.Framework.Schema.Activity).Assembly, "CasuistiekBot.Framework");

    private readonly Type[] types = assembly.GetTypes().Where(t => !t.IsNested && t.Namespace is not null).ToArray();

    public string? SliceOf(Type type)
    {
        var ns = TypeReferences.Owner(type).Namespace;
        if (ns is null || TypeReferences.Owner(type).Assembly != assembly || !ns.StartsWith(root + ".", StringComparison.Ordinal)) return null;
        var rest = ns[(root.Length + 1)..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>Which slices each slice refers to, with one example reference per edge for the failure message.</summary>
    public Dictionary<string, Dictionary<string, string>> Dependencies()
    {
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (SliceOf(type) is not { } from) continue;
            var targets = edges.TryGetValue(from, out var t) ? t : edges[from] = new(StringComparer.Ordinal);
            foreach (var used in AllReferences(type))
            {
                if (SliceOf(used) is { } to && to != from) targets.TryAdd(to, $"{type.Name} → {TypeReferences.Owner(used).Name}");
            }
        }
        return edges;
    }

    /// <summary>Every place where code of one slice asks the DbContext for an entity that another slice owns.</summary>
    public IEnumerable<string> ForeignTableAccesses(IReadOnlySet<string> allowed)
    {
        var entities = EntityTypes();
        foreach (var type in types)
        {
            if (SliceOf(type) is not { } from) continue;
            foreach (var method in MethodsOf(type))
            {
                foreach (var called in TypeReferences.CalledMembers(method).OfType<MethodInfo>().Where(IsDbContextAccess))
                {
                    foreach (var entity in GenericArguments(called).Where(entities.Contains))
                    {
                        var owner = SliceOf(entity);
                        var access = $"{from} ({type.Name}) uses {owner}'s {entity.Name}";
                        if (owner != from && !allowed.Contains($"{type.Name}:{entity.Name}")) yield return access;
                    }
                }
            }
        }
    }

    private HashSet<Type> EntityTypes() => assembly.GetTypes()
        .SelectMany(t => t.GetInterfaces())
        .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
        .Select(i => i.GetGenericArguments()[0])
        .ToHashSet();

    private static bool IsDbContextAccess(MethodInfo method) =>
        method.DeclaringType is { } declaring && (typeof(DbContext).IsAssignableFrom(declaring) || declaring == typeof(DbContext));

    private static IEnumerable<Type> GenericArguments(MethodInfo method) =>
        (method.IsGenericMethod ? method.GetGenericArguments() : []).Concat(method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : []);

    private IEnumerable<Type> AllReferences(Type type) => Nested(type).SelectMany(TypeReferences.Of);

    private static IEnumerable<MethodBase> MethodsOf(Type type) => Nested(type).SelectMany(t =>
        t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Cast<MethodBase>()
            .Concat(t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)));

    private static IEnumerable<Type> Nested(Type type) =>
        new[] { type }.Concat(type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(Nested));
}
