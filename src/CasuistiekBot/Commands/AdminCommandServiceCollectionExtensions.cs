using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CasuistiekBot.Commands;

internal static class AdminCommandServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TCommand"/> as the admin command <paramref name="name"/>, resolvable by its type and
    /// as the <see cref="IAdminCommand"/> keyed by its name. Registering the same command twice is harmless; two
    /// commands under one name are refused.
    /// </summary>
    public static IServiceCollection AddAdminCommand<TCommand>(
        this IServiceCollection services, string name, params (string Syntax, string Meaning)[] usage)
        where TCommand : class, IAdminCommand
    {
        if (services.AdminCommands().FirstOrDefault(c => c.Name == name) is { } registered)
        {
            return registered.Command == typeof(TCommand)
                ? services
                : throw new InvalidOperationException($"Two admin commands are named '{name}': {registered.Command.Name} and {typeof(TCommand).Name}.");
        }
        services.TryAddTransient<TCommand>();
        services.AddKeyedTransient<IAdminCommand>(name, (provider, _) => provider.GetRequiredService<TCommand>());
        services.AddSingleton(new AdminCommandRegistration(name, typeof(TCommand), usage));
        return services;
    }

    /// <summary>The admin commands registered so far, in the order of registration; nothing is built to find them.</summary>
    public static IReadOnlyList<AdminCommandRegistration> AdminCommands(this IServiceCollection services) =>
    [
        .. services.Where(d => !d.IsKeyedService && d.ServiceType == typeof(AdminCommandRegistration))
            .Select(d => (AdminCommandRegistration)d.ImplementationInstance!),
    ];
}
