using System.Reflection;
using System.Reflection.Emit;

namespace CasuistiekBot.Tests.Architecture;

/// <summary>
/// Every type a compiled type refers to: its signatures (base type, interfaces, fields, properties, parameters,
/// generic arguments) and the members its method bodies call, read from their IL. Nested types (lambdas, async state
/// machines) count for the type that declares them, so a reference inside a lambda is the outer type's.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The outermost declaring type: where a reference belongs.</summary>
    public static Type Owner(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type;
    }

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Add(found, type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(found, i);
        foreach (var field in type.GetFields(Everything)) Add(found, field.FieldType);
        foreach (var property in type.GetProperties(Everything)) Add(found, property.PropertyType);
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info) Add(found, info.ReturnType);
            foreach (var parameter in method.GetParameters()) Add(found, parameter.ParameterType);
            foreach (var member in CalledMembers(method)) AddMember(found, member);
        }
        return found;
    }

    /// <summary>The members a method body calls, loads or creates, resolved from the tokens in its IL.</summary>
    public static IEnumerable<MemberInfo> CalledMembers(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                MemberInfo? member = null;
                try
                {
                    member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArgs, methodArgs);
                }
                catch (ArgumentException)
                {
                    // A token of a generic context the resolver cannot rebuild: its signature types were counted already.
                }
                if (member is not null) yield return member;
            }
            i += OperandSize(code, il, i);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    private static void AddMember(HashSet<Type> found, MemberInfo member)
    {
        switch (member)
        {
            case Type t: Add(found, t); break;
            case MethodInfo m:
                Add(found, m.DeclaringType);
                Add(found, m.ReturnType);
                if (m.IsGenericMethod) foreach (var a in m.GetGenericArguments()) Add(found, a);
                break;
            default: Add(found, member.DeclaringType); break;
        }
    }

    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null || type.IsGenericParameter) return;
        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
            return;
        }
        if (!found.Add(type) || !type.IsGenericType) return;
        foreach (var argument in type.GetGenericArguments()) Add(found, argument);
    }
}
