"""Rewrites Kokoro-82M's int8 ONNX model so that its decoder's convolutions run in float32 as 2-D
convolutions, which ONNX Runtime's CPU provider executes in its blocked (NCHWc) layout.

usage: python3 kokoro-decoder-fp32.py INT8_MODEL OUT_MODEL      (needs the onnx and numpy packages)

Why (docs/kokoro.md, "Where the time goes"): 94% of Kokoro's time is the decoder, two thirds of it
in `ConvInteger`, a kernel ONNX Runtime runs as im2col and an unsigned 8-bit GEMM. The same
convolutions in float32 are no faster as 1-D convolutions, but as 2-D ones of height 1 ONNX Runtime
lays them out in channel blocks and uses its direct AVX2/AVX-512 kernels: 18% less CPU per second
of audio on one thread, and they split across two threads where ConvInteger did not.

Each decoder `ConvInteger` of the exported graph sits in the pattern

    x -> DynamicQuantizeLinear -> ConvInteger(x_q, W_q, x_zp, W_zp) [-> Add(quantized bias)]
      -> Cast -> Mul(x_scale * W_scale) -> y

and becomes  x -> Unsqueeze -> Conv(W as float32, bias) -> Squeeze -> y,  with
W = (W_q - W_zp) * W_scale: the weights the quantizer was given, up to its rounding. The bias is
the float bias the quantizer kept in the graph. Nodes left without consumers are removed. The
encoder (under 6% of the time) keeps its int8 kernels. The output is deterministic: the same input
and package versions give the same bytes, which setup checks against a pinned sha256.
"""

import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper

SCOPE = "/decoder/"


def rewrite(model):
    graph = model.graph
    producer = {out: node for node in graph.node for out in node.output}
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    initializers = {init.name: init for init in graph.initializer}

    def constant(name):
        return numpy_helper.to_array(initializers[name])

    def only_consumer(name, op_type):
        nodes = consumers.get(name, [])
        if len(nodes) != 1 or nodes[0].op_type != op_type:
            raise SystemExit(f"unexpected graph: {name} is not used by exactly one {op_type}")
        return nodes[0]

    added, replaced = [], 0
    for conv in [n for n in graph.node if n.op_type == "ConvInteger" and n.name.startswith(SCOPE)]:
        x_q, w_q, _, w_zp = conv.input
        quantize = producer[x_q]
        if quantize.op_type != "DynamicQuantizeLinear":
            raise SystemExit(f"unexpected graph: {conv.name} does not quantize its input dynamically")
        x = quantize.input[0]
        node = consumers[conv.output[0]][0]
        bias = None
        if node.op_type == "Add":
            # Reshape <- Cast <- Floor <- Div(float bias, x_scale * W_scale)
            quantized_bias = next(i for i in node.input if i != conv.output[0])
            divide = producer[producer[producer[producer[quantized_bias].input[0]].input[0]].input[0]]
            if divide.op_type != "Div" or divide.input[0] not in initializers:
                raise SystemExit(f"unexpected graph: no float bias found for {conv.name}")
            bias = constant(divide.input[0]).astype(np.float32)
            node = only_consumer(node.output[0], "Cast")
        elif node.op_type != "Cast":
            raise SystemExit(f"unexpected graph: {conv.name} is followed by {node.op_type}")
        rescale = only_consumer(node.output[0], "Mul")
        scale = producer[next(i for i in rescale.input if i != node.output[0])]
        w_scale = [i for i in scale.input if i in initializers]
        if scale.op_type != "Mul" or len(w_scale) != 1:
            raise SystemExit(f"unexpected graph: no weight scale found for {conv.name}")
        weight = (constant(w_q).astype(np.float32) - constant(w_zp).astype(np.float32)) * constant(w_scale[0]).astype(np.float32)
        if weight.ndim != 3:
            raise SystemExit(f"unexpected graph: {conv.name} is not a 1-D convolution")

        attributes = {a.name: helper.get_attribute_value(a) for a in conv.attribute}
        pads = attributes.get("pads", [0, 0])
        prefix = conv.name + "_fp32"
        added.append(numpy_helper.from_array(weight[:, :, None, :], prefix + "_weight"))
        added.append(numpy_helper.from_array(np.array([2], dtype=np.int64), prefix + "_axis"))
        inputs = [prefix + "_x", prefix + "_weight"]
        if bias is not None:
            added.append(numpy_helper.from_array(bias, prefix + "_bias"))
            inputs.append(prefix + "_bias")
        nodes = [
            helper.make_node("Unsqueeze", [x, prefix + "_axis"], [prefix + "_x"], name=prefix + "_unsqueeze"),
            helper.make_node(
                "Conv",
                inputs,
                [prefix + "_y"],
                name=prefix,
                kernel_shape=[1, attributes["kernel_shape"][0]],
                pads=[0, pads[0], 0, pads[1]],
                dilations=[1, attributes.get("dilations", [1])[0]],
                strides=[1, attributes.get("strides", [1])[0]],
                group=attributes.get("group", 1),
            ),
            helper.make_node("Squeeze", [prefix + "_y", prefix + "_axis"], [rescale.output[0]], name=prefix + "_squeeze"),
        ]
        at = list(graph.node).index(rescale)
        for offset, new in enumerate(nodes):
            graph.node.insert(at + offset, new)
        graph.node.remove(rescale)
        replaced += 1
    graph.initializer.extend(added)

    outputs = {out.name for out in graph.output}
    while True:
        used = {name for node in graph.node for name in node.input} | outputs
        dead = [node for node in graph.node if not any(out in used for out in node.output)]
        if not dead:
            break
        for node in dead:
            graph.node.remove(node)
    used = {name for node in graph.node for name in node.input}
    kept = [init for init in graph.initializer if init.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    return replaced


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: kokoro-decoder-fp32.py INT8_MODEL OUT_MODEL")
    model = onnx.load(sys.argv[1])
    replaced = rewrite(model)
    if replaced == 0:
        raise SystemExit("unexpected graph: no decoder ConvInteger found")
    onnx.save(model, sys.argv[2])
    print(f"kokoro-decoder-fp32: {replaced} decoder convolutions now float32")


if __name__ == "__main__":
    main()
