// Jest runs each test file in its own realm, but onnxruntime-node hands back typed arrays from Node's
// realm, which onnxruntime-common then rejects ("A float32 tensor's data must be type of Float32Array").
// Test files that run a real model use this environment: it shares Node's typed array constructors.
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import { TestEnvironment } from 'jest-environment-node';

const SHARED_CONSTRUCTORS = {
  Float32Array,
  Float64Array,
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  BigInt64Array,
  BigUint64Array,
  ArrayBuffer,
};

export default class OnnxEnvironment extends TestEnvironment {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    Object.assign(this.global, SHARED_CONSTRUCTORS);
  }
}
