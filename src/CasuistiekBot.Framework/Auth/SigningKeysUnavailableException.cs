namespace CasuistiekBot.Framework.Auth;

/// <summary>The signing keys of a metadata URL could not be fetched and none are cached.</summary>
internal sealed class SigningKeysUnavailableException(string metadataUrl, Exception inner)
    : Exception($"No signing keys could be fetched from {metadataUrl}: {inner.Message}", inner);
