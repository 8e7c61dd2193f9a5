"""The Starmind model: a small GPT-style decoder (RMSNorm, rotary positions, SwiGLU, tied embeddings).

The same layers run two ways: `call(tokens)` for training on whole sequences, and `step(tokens, pos, caches)` for
inference with a fixed-size key/value cache, which is what gets exported to TFLite. `step` is written so that every
op on its path is one XNNPACK runs (matmuls, adds, multiplies, softmax, reshapes), so the whole step runs as one
delegate partition: rotary positions are a multiply-add with a matmul by a fixed matrix (the "rotate half"), the
caches are only read (the caller stores each step's new keys and values), and they are laid out head-major,
[heads, positions, head_dim], so attention needs no transposes of the cache.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import keras
import numpy as np
from keras import ops

MASK_VALUE = -30.0  # a large finite value: -1e9 ruins full-int8 conversion


@dataclass
class ModelConfig:
    vocab_size: int = 2048
    d_model: int = 256
    n_layers: int = 6
    n_heads: int = 8
    d_ff: int = 688
    context: int = 256
    rope_base: float = 10000.0
    head_dim: int = 0  # 0: d_model // n_heads; set when heads are pruned away, so the rest keep their size

    @property
    def head_size(self) -> int:
        return self.head_dim or self.d_model // self.n_heads

    @property
    def attention_width(self) -> int:
        return self.n_heads * self.head_size

    def to_dict(self) -> dict:
        return asdict(self)


def rotary_tables(config: ModelConfig) -> tuple[np.ndarray, np.ndarray]:
    """cos and sin tables, [context, head_size // 2], precomputed so the graph has no SIN/COS ops."""
    half = config.head_size // 2
    freqs = 1.0 / config.rope_base ** (np.arange(half) / half)
    angles = np.outer(np.arange(config.context), freqs)
    return np.cos(angles).astype("float32"), np.sin(angles).astype("float32")


def rotate_half_matrix(config: ModelConfig) -> np.ndarray:
    """R with x @ R == rotate_half(x) for each head's slice of x: [-x2, x1]. Block-diagonal, [A, A]."""
    half = config.head_size // 2
    one = np.zeros((config.head_size, config.head_size), "float32")
    one[np.arange(half) + half, np.arange(half)] = -1.0
    one[np.arange(half), np.arange(half) + half] = 1.0
    return np.kron(np.eye(config.n_heads, dtype="float32"), one)


def rotate(x, cos, sin):
    """Rotary position embedding (rotate-half form). x: [B, T, H, D]; cos, sin: [T, D/2]."""
    x1, x2 = ops.split(x, 2, axis=-1)
    cos, sin = cos[None, :, None, :], sin[None, :, None, :]
    return ops.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)


class RMSNorm(keras.layers.Layer):
    def build(self, input_shape):
        self.scale = self.add_weight(shape=(input_shape[-1],), initializer="ones", name="scale")

    def call(self, x):
        return x * ops.rsqrt(ops.mean(x * x, axis=-1, keepdims=True) + 1e-6) * self.scale


class Block(keras.layers.Layer):
    def __init__(self, config: ModelConfig, **kwargs):
        super().__init__(**kwargs)
        self.config = config
        d, f, a = config.d_model, config.d_ff, config.attention_width
        self.attn_norm, self.mlp_norm = RMSNorm(name="attn_norm"), RMSNorm(name="mlp_norm")
        dense = lambda units, name: keras.layers.Dense(units, use_bias=False, name=name)  # noqa: E731
        self.wq, self.wk, self.wv, self.wo = dense(a, "wq"), dense(a, "wk"), dense(a, "wv"), dense(d, "wo")
        self.w_gate, self.w_up, self.w_down = dense(f, "w_gate"), dense(f, "w_up"), dense(d, "w_down")
        self.rotate_half = rotate_half_matrix(config)

    def build(self, input_shape):
        d = self.config.d_model
        for layer in (self.attn_norm, self.mlp_norm):
            layer.build((None, None, d))
        for layer in (self.wq, self.wk, self.wv, self.w_gate, self.w_up):
            layer.build((None, None, d))
        self.wo.build((None, None, self.config.attention_width))
        self.w_down.build((None, None, self.config.d_ff))

    def _heads(self, x):
        b, t = ops.shape(x)[0], ops.shape(x)[1]
        return ops.reshape(x, (b, t, self.config.n_heads, self.config.head_size))

    def attend(self, q, k, v, mask):
        """q: [B, T, H, D]; k, v: [B, S, H, D]; mask: [T, S] booleans (True = may look)."""
        scores = ops.einsum("bthd,bshd->bhts", q, k) / np.sqrt(self.config.head_size).astype("float32")
        scores = ops.where(mask[None, None], scores, MASK_VALUE)
        out = ops.einsum("bhts,bshd->bthd", ops.softmax(scores, axis=-1), v)
        b, t = ops.shape(out)[0], ops.shape(out)[1]
        return ops.reshape(out, (b, t, self.config.attention_width))

    def mlp(self, x):
        h = self.mlp_norm(x)
        return x + self.w_down(ops.silu(self.w_gate(h)) * self.w_up(h))

    def call(self, x, cos, sin, mask):
        h = self.attn_norm(x)
        q, k, v = rotate(self._heads(self.wq(h)), cos, sin), rotate(self._heads(self.wk(h)), cos, sin), self._heads(self.wv(h))
        return self.mlp(x + self.wo(self.attend(q, k, v, mask)))

    def step(self, x, cos, sin, keep, fill, causal_keep, causal_fill, k_cache, v_cache):
        """Inference on a chunk of T tokens. x: [T, d]; cos, sin: [T, A], each head's rotary rows side by side;
        keep, fill: [1, S] (1 and 0, or 0 and MASK_VALUE) for the cache positions the chunk may see;
        causal_keep, causal_fill: the same for the chunk itself, [T, T]; k_cache, v_cache: [H, S, D], earlier tokens.

        Returns (x, k, v) with k, v: [H, T, D], this chunk's keys and values, for the caller to store at its positions.
        """
        c = self.config
        rot = self.rotate_half
        h = self.attn_norm(x)
        q, k = self.wq(h), self.wk(h)
        q, k = q * cos + ops.matmul(q, rot) * sin, k * cos + ops.matmul(k, rot) * sin
        heads = lambda t: ops.transpose(ops.reshape(t, (-1, c.n_heads, c.head_size)), (1, 0, 2))  # noqa: E731 [H, T, D]
        q, k, v = heads(q) * (1.0 / np.sqrt(c.head_size)).astype("float32"), heads(k), heads(self.wv(h))
        earlier = ops.matmul(q, ops.transpose(k_cache, (0, 2, 1))) * keep + fill  # [H, T, S]
        itself = ops.matmul(q, ops.transpose(k, (0, 2, 1))) * causal_keep + causal_fill  # [H, T, T]
        p = ops.softmax(ops.concatenate([earlier, itself], axis=-1), axis=-1)
        s = k_cache.shape[1]
        out = ops.matmul(p[:, :, :s], v_cache) + ops.matmul(p[:, :, s:], v)  # [H, T, D]
        out = ops.reshape(ops.transpose(out, (1, 0, 2)), (-1, c.attention_width))
        return self.mlp(x + self.wo(out)), k, v


class StarmindLM(keras.Model):
    def __init__(self, config: ModelConfig, **kwargs):
        super().__init__(**kwargs)
        self.config = config
        self.embed = keras.layers.Embedding(
            config.vocab_size, config.d_model, name="embed", embeddings_initializer=keras.initializers.RandomNormal(stddev=0.02)
        )
        self.blocks = [Block(config, name=f"block_{i}") for i in range(config.n_layers)]
        self.final_norm = RMSNorm(name="final_norm")
        self.cos, self.sin = rotary_tables(config)
        # For `step`: each position's rows for all heads side by side, [context, A], so rotation is one multiply.
        self.cos_rows = np.tile(np.concatenate([self.cos, self.cos], axis=1), (1, config.n_heads))
        self.sin_rows = np.tile(np.concatenate([self.sin, self.sin], axis=1), (1, config.n_heads))

    def build(self, input_shape=None):
        self.embed.build((None, None))
        for block in self.blocks:
            block.build((None, None, self.config.d_model))
        self.final_norm.build((None, None, self.config.d_model))
        self.built = True

    def logits(self, x):
        return ops.matmul(self.final_norm(x), ops.transpose(self.embed.embeddings))

    def call(self, tokens):
        """tokens: [B, T] -> logits [B, T, vocab], causal."""
        t = ops.shape(tokens)[1]
        cos, sin = self.cos[:t], self.sin[:t]
        if not isinstance(t, int):
            cos, sin = ops.slice(self.cos, (0, 0), (t, self.cos.shape[1])), ops.slice(self.sin, (0, 0), (t, self.sin.shape[1]))
        idx = ops.arange(t)
        mask = idx[:, None] >= idx[None, :]
        x = self.embed(tokens)
        for block in self.blocks:
            x = block(x, cos, sin, mask)
        return self.logits(x)

    def step(self, tokens, pos, caches):
        """Inference on a chunk. tokens: [T] int32; pos: [1] int32, the position of tokens[0]; caches: a list of
        2 * layers arrays [H, S, D] (layer 0's keys, its values, layer 1's keys, ...) holding the earlier positions.
        Returns (logits [T, vocab], the chunk's new keys and values: a list like `caches` of [H, T, D])."""
        c = self.config
        t = tokens.shape[0]
        positions = ops.minimum(pos[0] + ops.arange(t, dtype="int32"), c.context - 1)  # padding past the end: clipped
        cos, sin = ops.take(self.cos_rows, positions, axis=0), ops.take(self.sin_rows, positions, axis=0)
        keep = ops.cast(ops.arange(c.context, dtype="int32")[None, :] < pos[0], "float32")
        fill = (1.0 - keep) * MASK_VALUE
        causal = np.tril(np.ones((t, t), "float32"))
        x = self.embed(tokens)
        new = []
        for i, block in enumerate(self.blocks):
            x, k, v = block.step(x, cos, sin, keep, fill, causal, (1 - causal) * MASK_VALUE, caches[2 * i], caches[2 * i + 1])
            new += [k, v]
        return self.logits(x), new


def build_model(config: ModelConfig) -> StarmindLM:
    model = StarmindLM(config)
    model.build()
    return model


def count_params(model: keras.Model) -> int:
    return int(sum(np.prod(w.shape) for w in model.weights))
