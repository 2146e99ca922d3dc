using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace CasuistiekBot.Sealing;

/// <summary>
/// Data Protection over keys from configuration (so a secret store can hold them) instead of a key ring on disk:
/// AES-256-GCM under a subkey per purpose chain (HKDF-SHA256). The first key seals; every key opens what it sealed,
/// found by a short key id in the sealed value.
/// </summary>
internal sealed class ConfiguredKeyProtectionProvider(IReadOnlyList<byte[]> keys) : IDataProtectionProvider
{
    public IDataProtector CreateProtector(string purpose) => new Protector(keys, [purpose]);

    private sealed class Protector(IReadOnlyList<byte[]> keys, string[] purposes) : IDataProtector
    {
        private const byte Format = 1;
        private const int IdSize = 4, NonceSize = 12, TagSize = 16, HeaderSize = 1 + IdSize;

        public IDataProtector CreateProtector(string purpose) => new Protector(keys, [.. purposes, purpose]);

        public byte[] Protect(byte[] plaintext)
        {
            var sealedValue = new byte[HeaderSize + NonceSize + TagSize + plaintext.Length];
            sealedValue[0] = Format;
            KeyId(keys[0]).CopyTo(sealedValue.AsSpan(1, IdSize));
            var nonce = sealedValue.AsSpan(HeaderSize, NonceSize);
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(Subkey(keys[0]), TagSize);
            aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(HeaderSize + NonceSize + TagSize), sealedValue.AsSpan(HeaderSize + NonceSize, TagSize),
                sealedValue.AsSpan(0, HeaderSize));
            return sealedValue;
        }

        public byte[] Unprotect(byte[] protectedData)
        {
            if (protectedData.Length < HeaderSize + NonceSize + TagSize || protectedData[0] != Format)
            {
                throw new CryptographicException("The value was not sealed by this provider.");
            }
            var id = protectedData[1..HeaderSize];
            var key = keys.FirstOrDefault(k => KeyId(k).AsSpan().SequenceEqual(id))
                ?? throw new CryptographicException("The value was sealed with a key that is not configured.");
            var plaintext = new byte[protectedData.Length - HeaderSize - NonceSize - TagSize];
            using var aes = new AesGcm(Subkey(key), TagSize);
            aes.Decrypt(protectedData.AsSpan(HeaderSize, NonceSize), protectedData.AsSpan(HeaderSize + NonceSize + TagSize),
                protectedData.AsSpan(HeaderSize + NonceSize, TagSize), plaintext, protectedData.AsSpan(0, HeaderSize));
            return plaintext;
        }

        // Length-prefixed, so that ("ab", "c") and ("a", "bc") get different subkeys.
        private byte[] Subkey(byte[] key) => HKDF.DeriveKey(HashAlgorithmName.SHA256, key, 32, salt: [],
            info: Encoding.UTF8.GetBytes(string.Concat(purposes.Select(p => $"{p.Length}:{p};"))));

        private static byte[] KeyId(byte[] key) => SHA256.HashData(key)[..IdSize];
    }
}
