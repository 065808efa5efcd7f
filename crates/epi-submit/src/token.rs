//! Access tokens: `epi_<account-id>_<secret>`, the secret 32 random bytes in base64url.
//!
//! The account id in the token lets verification check one argon2id hash instead of trying
//! every account's; the secret is what proves the holder. Only the argon2id hash of a whole
//! token is stored; the token itself is shown once, when the account is created.

use std::fmt;
use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use crate::error::{Result, SubmitError};
use crate::stamp::random_bytes;

const PREFIX: &str = "epi_";
/// Bytes of randomness in a token's secret.
const SECRET_BYTES: usize = 32;
/// Longest token accepted for verification: longer input is refused before hashing.
const MAX_TOKEN_CHARS: usize = 200;

/// A token as presented by a client, split into its account id and secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Token {
    account: String,
    whole: String,
}

/// Never print a secret, not even in a debug log.
impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("account", &self.account)
            .finish_non_exhaustive()
    }
}

impl Token {
    /// A new random token for `account`.
    pub(crate) fn generate(account: &str) -> Result<Token> {
        let secret = random_bytes::<SECRET_BYTES>()
            .map_err(SubmitError::io("cannot read the system's random source"))?;
        Ok(Token {
            account: account.to_owned(),
            whole: format!("{PREFIX}{account}_{}", URL_SAFE_NO_PAD.encode(secret)),
        })
    }

    /// Reads a presented token; `None` when it does not have the token's shape.
    pub fn parse(text: &str) -> Option<Token> {
        let text = text.trim();
        if text.len() > MAX_TOKEN_CHARS {
            return None;
        }
        let rest = text.strip_prefix(PREFIX)?;
        // Account ids have no '_'; the secret (base64url) may.
        let (account, secret) = rest.split_once('_')?;
        let valid_secret = !secret.is_empty()
            && secret
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        (crate::accounts::is_valid_account_id(account) && valid_secret).then(|| Token {
            account: account.to_owned(),
            whole: text.to_owned(),
        })
    }

    /// The account the token claims to be for.
    pub fn account(&self) -> &str {
        &self.account
    }

    /// The whole token, to show once to the person it was made for.
    pub fn reveal(&self) -> &str {
        &self.whole
    }

    /// The argon2id PHC string of the token, with a fresh random salt.
    pub(crate) fn hash(&self) -> Result<String> {
        Argon2::default()
            .hash_password(self.whole.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|err| SubmitError::BadInput(format!("cannot hash the token: {err}")))
    }

    /// Whether the token matches a stored PHC string.
    pub(crate) fn verify(&self, phc: &str) -> bool {
        Argon2::default()
            .verify_password(self.whole.as_bytes(), phc)
            .is_ok()
    }

    /// The key of the token in the cache of verified tokens: a SHA-256 digest, so the cache
    /// holds no secret.
    pub(crate) fn digest(&self) -> [u8; 32] {
        Sha256::digest(self.whole.as_bytes()).into()
    }
}

/// A hash no token matches, verified when the account is unknown or revoked so that every
/// wrong token costs the same time and gets the same answer.
pub(crate) fn dummy_verify(presented: &str) {
    static DUMMY: LazyLock<String> = LazyLock::new(|| {
        Token {
            account: "nobody".into(),
            whole: "epi_nobody_dummy".into(),
        }
        .hash()
        .unwrap_or_default()
    });
    let bytes = presented.as_bytes();
    let bytes = &bytes[..bytes.len().min(MAX_TOKEN_CHARS)];
    let _ = Argon2::default().verify_password(bytes, DUMMY.as_str());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_name_their_account_and_verify_against_their_hash() {
        let token = Token::generate("patrir").unwrap();
        assert!(token.reveal().starts_with("epi_patrir_"));
        let secret = &token.reveal()["epi_patrir_".len()..];
        assert_eq!(URL_SAFE_NO_PAD.decode(secret).unwrap().len(), SECRET_BYTES);
        let parsed = Token::parse(token.reveal()).unwrap();
        assert_eq!(parsed, token);
        assert_eq!(parsed.account(), "patrir");

        let hash = token.hash().unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains(secret));
        assert!(parsed.verify(&hash));
        let other = Token::generate("patrir").unwrap();
        assert!(!other.verify(&hash));
        assert!(!token.verify("not a phc string"));
    }

    #[test]
    fn malformed_tokens_are_refused_before_hashing() {
        for bad in [
            "",
            "epi_",
            "epi_patrir",
            "epi_patrir_",
            "xyz_patrir_abc",
            "epi_Patrir_abc",
            "epi_../x_abc",
            "epi_patrir_ab c",
            "epi_patrir_a/b",
        ] {
            assert!(Token::parse(bad).is_none(), "{bad}");
        }
        assert!(Token::parse(&format!("epi_a_{}", "x".repeat(300))).is_none());
        // A secret may contain '_' (base64url): only the first one ends the account id.
        let token = Token::parse("epi_city-hall_ab_cd-ef").unwrap();
        assert_eq!(token.account(), "city-hall");
    }

    #[test]
    fn debug_output_hides_the_secret() {
        let token = Token::generate("riga").unwrap();
        let debug = format!("{token:?}");
        assert!(!debug.contains(token.reveal()), "{debug}");
    }

    #[test]
    fn digests_differ_per_token() {
        let a = Token::generate("a-b").unwrap();
        let b = Token::generate("a-b").unwrap();
        assert_ne!(a.digest(), b.digest());
        assert_eq!(a.digest(), Token::parse(a.reveal()).unwrap().digest());
    }
}
