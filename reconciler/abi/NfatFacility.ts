// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// NfatFacility from contracts/src/nfat/NfatFacility.sol.

export const nfatFacilityAbi = [
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ATTEST_BEACON",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_ATTESTATION_AGE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "NFAT_BEACON",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "OPERATOR",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "attestBook",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "attestationHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "book",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INfatFacility.Book",
        "components": [
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum INfatFacility.BookStatus"
          },
          {
            "name": "statusSince",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "attestedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "attestedVersion",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "version",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "unitCount",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "liabilities",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "attestationHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "bookCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "bookIdAt",
    "inputs": [
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "buybox",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INfatFacility.Buybox",
        "components": [
          {
            "name": "termMin",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "termMax",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "sizeMin",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "sizeMax",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "apyMinBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "apyMaxBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "restrictedDepositors",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "transferAllowList",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "assetType",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "jurisdiction",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claim",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct INfatFacility.DealTerms",
        "components": [
          {
            "name": "maturity",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "apyBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "enum INfatFacility.Schedule"
          },
          {
            "name": "documentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "controller",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "dealToken",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "deposit",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "depositAsset",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMember",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMemberCount",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMembers",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hashTerms",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct INfatFacility.DealTerms",
        "components": [
          {
            "name": "maturity",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "apyBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "enum INfatFacility.Schedule"
          },
          {
            "name": "documentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "initialize",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "internalType": "struct INfatFacility.FacilityConfig",
        "components": [
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "nfatBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "attestBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "unitRecorder",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "buybox",
            "type": "tuple",
            "internalType": "struct INfatFacility.Buybox",
            "components": [
              {
                "name": "termMin",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "termMax",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "sizeMin",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "sizeMax",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "apyMinBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "apyMaxBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "restrictedDepositors",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "transferAllowList",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "assetType",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "jurisdiction",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isAttestationFresh",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isOnboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "offboardDepositor",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onboardDepositor",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "openBook",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "redeem",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reduceBookLiability",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "principalRepaid",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "unitRedeemed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setBookStatus",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "next",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "sharesOf",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalShares",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalUnderlying",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unitRecorder",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdraw",
    "inputs": [],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "BookAttested",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "attestationHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BookLiabilityReduced",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "principalRepaid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unitRedeemed",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "liabilities",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unitCount",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BookOpened",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BookStatusChanged",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "from",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum INfatFacility.BookStatus"
      },
      {
        "name": "to",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum INfatFacility.BookStatus"
      },
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Claimed",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "sharesBurnt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "termsHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "terms",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct INfatFacility.DealTerms",
        "components": [
          {
            "name": "maturity",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "apyBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "enum INfatFacility.Schedule"
          },
          {
            "name": "documentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Deposited",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DepositorOffboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DepositorOnboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Withdrawn",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_AttestationNotFresh",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "attestedVersion",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "version",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "attestedAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookClosed",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookExists",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookNotEmpty",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "unitCount",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "liabilities",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookNotFilling",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_DepositorNotOnboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InflowMismatch",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "moved",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InsufficientQueueBalance",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "requested",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "available",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InvalidBuybox",
    "inputs": [
      {
        "name": "field",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "min",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InvalidTransition",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "from",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      },
      {
        "name": "to",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_LiabilityUnderflow",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "liabilities",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_MaturityNotInFuture",
    "inputs": [
      {
        "name": "maturity",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "nowTime",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_NotRedeem",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_NothingToWithdraw",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_OutsideBuybox",
    "inputs": [
      {
        "name": "field",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "min",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_SameBeacon",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_UnknownBook",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_ZeroAddress",
    "inputs": [
      {
        "name": "what",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_ZeroAmount",
    "inputs": []
  },
  {
    "type": "error",
    "name": "Facility_ZeroAttestation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "Facility_ZeroBookId",
    "inputs": []
  },
  {
    "type": "error",
    "name": "Facility_ZeroShares",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidInitialization",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotInitializing",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  }
] as const;

/** Creation bytecode. */
export const nfatFacilityBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b61384a806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c80639931e9c011610135578063c1ace76f116100b4578063ccc41f2411610079578063ccc41f24146105ff578063d547741f14610611578063ee9d476514610624578063f5eb42dc14610637578063f77c47911461065f575f5ffd5b8063c1ace76f14610591578063c5fc956d146105a5578063c70920bc146105b8578063ca15c873146105c1578063ca8e1b07146105d4575f5ffd5b8063b2498245116100fa578063b249824514610546578063b6b55f2514610559578063b905ad781461056c578063b9f7bb8d14610574578063be040fb01461057e575f5ffd5b80639931e9c0146104e55780639a3c37fa146104f8578063a217fddf1461050c578063a3246ad314610513578063b08e969214610533575f5ffd5b80633ccfd60b116101c157806370a082311161018657806370a08231146104855780637e6fe0ae146104985780639010d07c146104ab57806391d14854146104be578063983d2737146104d1575f5ffd5b80633ccfd60b1461031c578063474b2886146103245780634da03c8e146103375780635280c3ee1461043a57806367cdfcaa14610465575f5ffd5b80632f2ff15d116102075780632f2ff15d146102c757806331b24d4b146102da5780633375d5f5146102ed57806336568abe146103005780633a98ef3914610313575f5ffd5b806301ffc9a71461024357806302f4ba7b1461026b578063190adb1b14610280578063230b7272146102a1578063248a9ca3146102b4575b5f5ffd5b610256610251366004612de1565b610672565b60405190151581526020015b60405180910390f35b61027e610279366004612e08565b61069c565b005b61029361028e366004612e4e565b610dbc565b604051908152602001610262565b61027e6102af366004612e92565b6110dc565b6102936102c2366004612eab565b61113e565b61027e6102d5366004612ec2565b61115e565b61027e6102e8366004612eec565b611180565b61027e6102fb366004612eab565b6112d9565b61027e61030e366004612ec2565b61142d565b61029360095481565b610293611465565b610256610332366004612eab565b611547565b61042d60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525060408051610140810182526005546001600160401b038082168352600160401b82041660208301526001600160801b03600160801b91829004811693830193909352600654928316606083015263ffffffff90830481166080830152600160a01b83041660a082015260ff600160c01b83048116151560c0830152600160c81b909204909116151560e082015260075461010082015260085461012082015290565b6040516102629190612f0c565b60025461044d906001600160a01b031681565b6040516001600160a01b039091168152602001610262565b610478610473366004612eab565b61155d565b604051610262919061300d565b610293610493366004612e92565b61164a565b60045461044d906001600160a01b031681565b61044d6104b9366004612eec565b611689565b6102566104cc366004612ec2565b6116ae565b6102935f5160206137ca5f395f51905f5281565b6102936104f3366004612eab565b6116e4565b6102935f51602061382a5f395f51905f5281565b6102935f81565b610526610521366004612eab565b611708565b60405161026291906130a9565b61027e6105413660046130f4565b611731565b61027e610554366004613132565b61194c565b610293610567366004612eab565b611af0565b600e54610293565b6102936201518081565b60035461044d906001600160a01b031681565b6102935f5160206137ea5f395f51905f5281565b61027e6105b3366004612e92565b611c4b565b610293600a5481565b6102936105cf366004612eab565b611cf3565b6102566105e2366004612e92565b6001600160a01b03165f908152600c602052604090205460ff1690565b5f5461044d906001600160a01b031681565b61027e61061f366004612ec2565b611d17565b610293610632366004613168565b611d33565b610293610645366004612e92565b6001600160a01b03165f908152600b602052604090205490565b60015461044d906001600160a01b031681565b5f6001600160e01b03198216635ad0a22160e11b1480610696575061069682611d62565b92915050565b5f6106a5611d86565b805490915060ff600160401b82041615906001600160401b03165f811580156106cb5750825b90505f826001600160401b031660011480156106e65750303b155b9050811580156106f4575080155b156107125760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561073c57845460ff60401b1916600160401b1785555b5f61074a6020880188612e92565b6001600160a01b03160361078e57604051637ade6d7f60e11b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f61079f6060880160408901612e92565b6001600160a01b0316036107e357604051637ade6d7f60e11b815260206004820152600a602482015269373330ba2132b0b1b7b760b11b6044820152606401610785565b5f6107f46080880160608901612e92565b6001600160a01b03160361083a57604051637ade6d7f60e11b815260206004820152600c60248201526b30ba3a32b9ba2132b0b1b7b760a11b6044820152606401610785565b5f61084b60a0880160808901612e92565b6001600160a01b03160361089157604051637ade6d7f60e11b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610785565b5f6108a260c0880160a08901612e92565b6001600160a01b0316036108e657604051637ade6d7f60e11b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610785565b5f6108f760e0880160c08901612e92565b6001600160a01b03160361093a57604051637ade6d7f60e11b81526020600482015260096024820152683232b0b62a37b5b2b760b91b6044820152606401610785565b5f61094c610100880160e08901612e92565b6001600160a01b03160361098c57604051637ade6d7f60e11b815260206004820152600660248201526572656465656d60d01b6044820152606401610785565b5f61099f61012088016101008901612e92565b6001600160a01b0316036109e557604051637ade6d7f60e11b815260206004820152600c60248201526b3ab734ba2932b1b7b93232b960a11b6044820152606401610785565b6109f56080870160608801612e92565b6001600160a01b0316610a0e6060880160408901612e92565b6001600160a01b031603610a5157610a2c6060870160408801612e92565b6040516386a9c2ed60e01b81526001600160a01b039091166004820152602401610785565b6101208601610a6861016088016101408901613196565b6001600160401b0316610a7e6020830183613196565b6001600160401b03161115610ac557610a9a6020820182613196565b610aaa6040830160208401613196565b604051634848989360e11b81526004016107859291906131b1565b610ad56080820160608301613207565b6001600160801b0316610aee6060830160408401613207565b6001600160801b03161180610b195750610b0e6080820160608301613207565b6001600160801b0316155b15610b5957610b2e6060820160408301613207565b610b3e6080830160608401613207565b604051634848989360e11b8152600401610785929190613222565b610b6960c0820160a08301613275565b63ffffffff16610b7f60a0830160808401613275565b63ffffffff161115610bc657610b9b60a0820160808301613275565b610bab60c0830160a08401613275565b604051634848989360e11b8152600401610785929190613290565b610bce611dae565b610be45f610bdf60208a018a612e92565b611db8565b505f610bf66040890160208a01612e92565b6001600160a01b031614610c2757610c255f5160206137ca5f395f51905f52610bdf60408a0160208b01612e92565b505b610c485f51602061382a5f395f51905f52610bdf60608a0160408b01612e92565b50610c6a5f5160206137ea5f395f51905f52610bdf60808a0160608b01612e92565b50610c7b60a0880160808901612e92565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610caa60c0880160a08901612e92565b600180546001600160a01b0319166001600160a01b0392909216919091179055610cda60e0880160c08901612e92565b600280546001600160a01b0319166001600160a01b0392909216919091179055610d0b610100880160e08901612e92565b600380546001600160a01b0319166001600160a01b0392909216919091179055610d3d61012088016101008901612e92565b600480546001600160a01b0319166001600160a01b0392909216919091179055806005610d6a82826132fe565b905050508315610db457845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f610dc5611e4e565b5f51602061382a5f395f51905f52610ddc81611ebb565b5f848152600d6020526040812090815460ff166006811115610e0057610e00612fe5565b03610e215760405163301fead160e21b815260048101869052602401610785565b6001815460ff166006811115610e3957610e39612fe5565b14158015610e5d57506002815460ff166006811115610e5a57610e5a612fe5565b14155b15610e855780546040516342178f6760e01b815261078591879160ff9091169060040161349e565b610e8f8685611ec8565b600654600160c01b900460ff168015610ec057506001600160a01b0387165f908152600c602052604090205460ff16155b15610ee9576040516318e6513560e21b81526001600160a01b0388166004820152602401610785565b5f610ef488886120f8565b90505f85604051602001610f08919061351b565b60408051601f19818403018152919052805160209091012090506001835460ff166006811115610f3a57610f3a612fe5565b03610f4b57610f4b878460026121be565b87836002015f828254610f5e919061353d565b9091555050600183018054600890610f8590600160401b90046001600160401b0316613550565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550826001015f81819054906101000a90046001600160401b0316610fcb90613550565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550610ff888612278565b6110058989898985612401565b60048054604051631a5dd34360e21b81529182018390526001600160a01b038c81166024840152604483018c9052606483018b90526084830185905292975091909116906369774d0c9060a4015f604051808303815f87803b158015611069575f5ffd5b505af115801561107b573d5f5f3e3d5ffd5b5050505086896001600160a01b0316867f1bfc4bfd998e5531a1f647014cc4a5663eaec73bc617ffd1c0039ad4027e54a38b86868c6040516110c0949392919061357a565b60405180910390a4505050506110d46125b0565b949350505050565b5f5160206137ca5f395f51905f526110f381611ebb565b6001600160a01b0382165f818152600c6020526040808220805460ff19169055513392917f3b9b0d88c4f5a7fd1b6152b972832787075c375c8522464b26cd44d72f348c5991a35050565b5f9081525f51602061380a5f395f51905f52602052604090206001015490565b6111678261113e565b61117081611ebb565b61117a8383611db8565b50505050565b5f5160206137ea5f395f51905f5261119781611ebb565b816111b5576040516338efc31f60e21b815260040160405180910390fd5b5f838152600d6020526040812090815460ff1660068111156111d9576111d9612fe5565b036111fa5760405163301fead160e21b815260048101859052602401610785565b6006815460ff16600681111561121257611212612fe5565b03611233576040516379fefc4360e11b815260048101859052602401610785565b600381018390558054600182015478ffffffffffffffffffffffffffffffff00000000000000000019909116600160481b426001600160401b039081169190910267ffffffffffffffff60881b1916919091179116600160881b8102919091178255604080518581526020810192909252339186917f187d77d907dcc16799ffb64e4902597d9f15a8706b3ab2e3700de8925a143a38910160405180910390a350505050565b5f51602061382a5f395f51905f526112f081611ebb565b8161130e5760405163cfda1d8360e01b815260040160405180910390fd5b5f828152600d6020526040812090815460ff16600681111561133257611332612fe5565b146113535760405163023b373760e31b815260048101849052602401610785565b8054600168ffffffffffffffffff19909116610100426001600160401b0316021781178255808201805467ffffffffffffffff191682179055600e805491820181555f9081527fbb7b4a454dc3493923482f07822329ed19e8244eff582cc204f8554c3620c3fd909101849055604051339185917f548c0c3d91901eb53a1559bc917d87cb516c2a76a44cc8b8ab15752f2adf259b9190a3827f8bc648e97005e9e5e64338531722101491fc9cb0068367bb93b7542701d37d495f6001806040516114209392919061359c565b60405180910390a2505050565b6001600160a01b03811633146114565760405163334bd91960e11b815260040160405180910390fd5b61146082826125da565b505050565b5f61146e611e4e565b335f908152600b6020526040812054908190036114a057604051631176664960e21b8152336004820152602401610785565b600954600a546114b29083908361261c565b335f908152600b602052604081205592506114cd82826135ce565b60098190555082600a5f8282546114e491906135ce565b90915550505f546114ff906001600160a01b031633856126cc565b604080518481526020810184905233917f92ccf450a286a957af52509bc1c9939d1a6a481783e142e41e2499f0bb66ebc6910160405180910390a250506115446125b0565b90565b5f818152600d602052604081206106969061272b565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091525f828152600d602052604090819020815161010081019092528054829060ff1660068111156115ce576115ce612fe5565b60068111156115df576115df612fe5565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091048116606083015260018301548082166080840152600160401b90041660a0820152600282015460c082015260039091015460e09091015292915050565b6009545f908015611680576001600160a01b0383165f908152600b6020526040902054600a5461167b91908361261c565b611682565b5f5b9392505050565b5f8281525f5160206137aa5f395f51905f526020819052604082206110d49084612799565b5f9182525f51602061380a5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f600e82815481106116f8576116f86135e1565b905f5260205f2001549050919050565b5f8181525f5160206137aa5f395f51905f526020819052604090912060609190611682906127a4565b5f51602061382a5f395f51905f5261174881611ebb565b5f838152600d602052604081208054909160ff9091169081600681111561177157611771612fe5565b036117925760405163301fead160e21b815260048101869052602401610785565b60068160068111156117a6576117a6612fe5565b036117c7576040516379fefc4360e11b815260048101869052602401610785565b60068460068111156117db576117db612fe5565b0361184f576001820154600160401b90046001600160401b03161515806118055750600282015415155b1561184a57600182015460028301546040516270f85f60e61b815260048101889052600160401b9092046001600160401b031660248301526044820152606401610785565b61193a565b80600681111561186157611861612fe5565b61186c9060016135f5565b60ff1684600681111561188157611881612fe5565b60ff16146118a85784818560405163d376bf1d60e01b81526004016107859392919061360e565b60038460068111156118bc576118bc612fe5565b14806118d9575060048460068111156118d7576118d7612fe5565b145b1561193a576118e78261272b565b61193a57815460018301546040516321c967c960e01b8152600481018890526001600160401b03600160881b8404811660248301529182166044820152600160481b909204166064820152608401610785565b6119458583866121be565b5050505050565b6003546001600160a01b0316331461197957604051638f04c17d60e01b8152336004820152602401610785565b5f838152600d6020526040812090815460ff16600681111561199d5761199d612fe5565b036119be5760405163301fead160e21b815260048101859052602401610785565b6002810154808411156119f557604051631c5b606160e21b8152600481018690526024810185905260448101829052606401610785565b6119ff84826135ce565b6002830181905590508215611a5557600182018054600890611a3090600160401b90046001600160401b031661362f565b91906101000a8154816001600160401b0302191690836001600160401b031602179055505b6001820180545f90611a6f906001600160401b0316613550565b82546101009290920a6001600160401b038181021990931691831602179091556001830154604080518781528615156020820152908101849052600160401b909104909116606082015285907ffd03bc6ce565c6a72338e0c5e96c4510602ef13585f89215fb7ab8ee37bcd113906080015b60405180910390a25050505050565b5f611af9611e4e565b815f03611b195760405163072f922960e51b815260040160405180910390fd5b600654600160c01b900460ff168015611b415750335f908152600c602052604090205460ff16155b15611b61576040516318e6513560e21b8152336004820152602401610785565b6009548015611b7c57611b778382600a5461261c565b611b7e565b825b9150815f03611ba257604051623faebb60e31b815260048101849052602401610785565b611bac828261353d565b60098190555082600a5f828254611bc3919061353d565b9091555050335f908152600b602052604081208054849290611be690849061353d565b90915550505f54611c02906001600160a01b03163330866127b0565b604080518481526020810184905233917f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca910160405180910390a250611c466125b0565b919050565b5f5160206137ca5f395f51905f52611c6281611ebb565b6001600160a01b038216611ca557604051637ade6d7f60e11b81526020600482015260096024820152683232b837b9b4ba37b960b91b6044820152606401610785565b6001600160a01b0382165f818152600c6020526040808220805460ff19166001179055513392917f3b37e1824559bbf2827b15d4851a24609791e59303bd8828583ac46ecd03e39a91a35050565b5f8181525f5160206137aa5f395f51905f52602081905260408220611682906127e9565b611d208261113e565b611d2981611ebb565b61117a83836125da565b5f81604051602001611d45919061351b565b604051602081830303815290604052805190602001209050919050565b5f6001600160e01b03198216635a05180f60e01b14806106965750610696826127f2565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610696565b611db6612826565b565b5f5f51602061382a5f395f51905f5283148015611de75750611de75f5160206137ea5f395f51905f52836116ae565b80611e1b57505f5160206137ea5f395f51905f5283148015611e1b5750611e1b5f51602061382a5f395f51905f52836116ae565b15611e44576040516386a9c2ed60e01b81526001600160a01b0383166004820152602401610785565b611682838361284b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611e8e57604051633ee5aeb560e01b815260040160405180910390fd5b611db660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612884565b611ec5813361288b565b50565b60408051610140810182526005546001600160401b038082168352600160401b82041660208301526001600160801b03600160801b918290048116938301849052600654908116606084015263ffffffff91810482166080840152600160a01b810490911660a083015260ff600160c01b82048116151560c0840152600160c81b90910416151560e082015260075461010082015260085461012082015290831080611f80575080606001516001600160801b031683115b15611fac5782816040015182606001516040516354c5762b60e11b815260040161078593929190613650565b42611fba6020840184613196565b6001600160401b03161161200057611fd56020830183613196565b6040516327bb60b160e01b81526001600160401b039091166004820152426024820152604401610785565b5f4261200f6020850185613196565b6001600160401b031661202291906135ce565b82519091506001600160401b0316811080612049575081602001516001600160401b031681115b1561207257815160208301516040516354c5762b60e11b81526107859284929091600401613697565b608082015163ffffffff1661208d6040850160208601613275565b63ffffffff1610806120bd575060a082015163ffffffff166120b56040850160208601613275565b63ffffffff16115b1561117a576120d26040840160208501613275565b82608001518360a001516040516354c5762b60e11b8152600401610785939291906136de565b6001600160a01b0382165f908152600b6020526040812054600954600a54811561212e5761212985838360016128c8565b612131565b5f195b9350828411156121785785856121468861164a565b6040516380f2894360e01b81526001600160a01b03909316600484015260248301919091526044820152606401610785565b61218284846135ce565b6001600160a01b0387165f908152600b60205260409020556121a484836135ce565b6009556121b185826135ce565b600a555091949350505050565b815460ff8116908290849060ff191660018360068111156121e1576121e1612fe5565b021790555082546001600160401b034281166101000268ffffffffffffffff00199092169190911784556001840180545f92839161221f9116613550565b91906101000a8154816001600160401b0302191690836001600160401b0316021790559050847f8bc648e97005e9e5e64338531722101491fc9cb0068367bb93b7542701d37d49838584604051611ae19392919061359c565b5f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa1580156122c1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122e59190613724565b600154909150612302906001600160a01b03848116911685612913565b60015460405163dfec1d9760e01b81526001600160a01b038481166004830152602482018690529091169063dfec1d97906044015f604051808303815f87803b15801561234d575f5ffd5b505af115801561235f573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92506001600160a01b03851691506370a0823190602401602060405180830381865afa1580156123a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123cb9190613724565b6123d590836135ce565b905083811461117a57604051631992b1a360e21b81526004810185905260248101829052604401610785565b5f60025f9054906101000a90046001600160a01b03166001600160a01b031663e805693d87604051806101000160405280896001600160801b03168152602001896001600160801b031681526020018a6001600160a01b03168152602001612468426129a2565b64ffffffffff16815260209081019061249590612487908a018a613196565b6001600160401b03166129a2565b64ffffffffff1681526020016124b16060890160408a0161373b565b60028111156124c2576124c2612fe5565b60ff908116825260208083018b90526040928301899052825160e087811b6001600160e01b03191682526001600160a01b03968716600483015285516001600160801b039081166024840152928601519092166044820152928401519094166064830152606083015164ffffffffff908116608484015260808401511660a483015260a08301511660c482015260c082015160e4820152910151610104820152610124016020604051808303815f875af1158015612582573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125a69190613724565b9695505050505050565b611db65f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611eb5565b5f5f5160206137aa5f395f51905f52816125f485856129d7565b905080156110d4575f8581526020839052604090206126139085612a59565b50949350505050565b5f5f5f6126298686612a6d565b91509150815f0361264d5783818161264357612643613754565b0492505050611682565b818411612664576126646003851502601118612a89565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6040516001600160a01b0383811660248301526044820183905261146091859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612a9a565b80545f90600160481b90046001600160401b03161580612764575060018201548254600160881b90046001600160401b03908116911614155b1561277057505f919050565b8154620151809061279190600160481b90046001600160401b0316426135ce565b111592915050565b5f6116828383612b06565b60605f61168283612b2c565b6040516001600160a01b03848116602483015283811660448301526064820183905261117a9186918216906323b872dd906084016126f9565b5f610696825490565b5f6001600160e01b03198216637965db0b60e01b148061069657506301ffc9a760e01b6001600160e01b0319831614610696565b61282e612b85565b611db657604051631afcd79f60e31b815260040160405180910390fd5b5f5f5160206137aa5f395f51905f52816128658585612b9e565b905080156110d4575f8581526020839052604090206126139085612c36565b80825d5050565b61289582826116ae565b6128c45760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610785565b5050565b5f6128f56128d583612c4a565b80156128f057505f84806128eb576128eb613754565b868809115b151590565b61290086868661261c565b61290a919061353d565b95945050505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b1790526129648482612c76565b61117a576040516001600160a01b0384811660248301525f604483015261299891869182169063095ea7b3906064016126f9565b61117a8482612a9a565b5f64ffffffffff8211156129d3576040516306dfcc6560e41b81526028600482015260248101839052604401610785565b5090565b5f5f51602061380a5f395f51905f526129f084846116ae565b15612a50575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610696565b5f915050610696565b5f611682836001600160a01b038416612cbb565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f5f60205f8451602086015f885af180612ab9576040513d5f823e3d81fd5b50505f513d91508115612ad0578060011415612add565b6001600160a01b0384163b155b1561117a57604051635274afe760e01b81526001600160a01b0385166004820152602401610785565b5f825f018281548110612b1b57612b1b6135e1565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612b7957602002820191905f5260205f20905b815481526020019060010190808311612b65575b50505050509050919050565b5f612b8e611d86565b54600160401b900460ff16919050565b5f5f51602061380a5f395f51905f52612bb784846116ae565b612a50575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612bec3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610696565b5f611682836001600160a01b038416612d95565b5f6002826003811115612c5f57612c5f612fe5565b612c699190613768565b60ff166001149050919050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f5190508280156125a657508115612ca757806001146125a6565b50505050506001600160a01b03163b151590565b5f8181526001830160205260408120548015612a50575f612cdd6001836135ce565b85549091505f90612cf0906001906135ce565b9050808214612d4f575f865f018281548110612d0e57612d0e6135e1565b905f5260205f200154905080875f018481548110612d2e57612d2e6135e1565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080612d6057612d60613795565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610696565b5f818152600183016020526040812054612dda57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610696565b505f610696565b5f60208284031215612df1575f5ffd5b81356001600160e01b031981168114611682575f5ffd5b5f610260828403128015612e1a575f5ffd5b509092915050565b80356001600160a01b0381168114611c46575f5ffd5b5f60808284031215612e48575f5ffd5b50919050565b5f5f5f5f60e08587031215612e61575f5ffd5b612e6a85612e22565b93506020850135925060408501359150612e878660608701612e38565b905092959194509250565b5f60208284031215612ea2575f5ffd5b61168282612e22565b5f60208284031215612ebb575f5ffd5b5035919050565b5f5f60408385031215612ed3575f5ffd5b82359150612ee360208401612e22565b90509250929050565b5f5f60408385031215612efd575f5ffd5b50508035926020909101359150565b81516001600160401b0316815261014081016020830151612f3860208401826001600160401b03169052565b506040830151612f5360408401826001600160801b03169052565b506060830151612f6e60608401826001600160801b03169052565b506080830151612f86608084018263ffffffff169052565b5060a0830151612f9e60a084018263ffffffff169052565b5060c0830151612fb260c084018215159052565b5060e0830151612fc660e084018215159052565b5061010083015161010083015261012083015161012083015292915050565b634e487b7160e01b5f52602160045260245ffd5b6007811061300957613009612fe5565b9052565b5f61010082019050613020828451612ff9565b6001600160401b0360208401511660208301526001600160401b0360408401511660408301526001600160401b036060840151166060830152608083015161307360808401826001600160401b03169052565b5060a083015161308e60a08401826001600160401b03169052565b5060c083015160c083015260e083015160e083015292915050565b602080825282518282018190525f918401906040840190835b818110156130e95783516001600160a01b03168352602093840193909201916001016130c2565b509095945050505050565b5f5f60408385031215613105575f5ffd5b8235915060208301356007811061311a575f5ffd5b809150509250929050565b8015158114611ec5575f5ffd5b5f5f5f60608486031215613144575f5ffd5b8335925060208401359150604084013561315d81613125565b809150509250925092565b5f60808284031215613178575f5ffd5b6116828383612e38565b6001600160401b0381168114611ec5575f5ffd5b5f602082840312156131a6575f5ffd5b813561168281613182565b606081525f6131d46060830160048152637465726d60e01b602082015260400190565b6001600160401b03948516602084015292909316604090910152919050565b6001600160801b0381168114611ec5575f5ffd5b5f60208284031215613217575f5ffd5b8135611682816131f3565b606081525f61324560608301600481526373697a6560e01b602082015260400190565b6001600160801b03948516602084015292909316604090910152919050565b63ffffffff81168114611ec5575f5ffd5b5f60208284031215613285575f5ffd5b813561168281613264565b606081525f6132b260608301600381526261707960e81b602082015260400190565b63ffffffff948516602084015292909316604090910152919050565b5f813561069681613182565b5f8135610696816131f3565b5f813561069681613264565b5f813561069681613125565b813561330981613182565b6001600160401b0381166001600160401b031983541617825550613364613332602084016132ce565b82546fffffffffffffffff0000000000000000191660409190911b6fffffffffffffffff000000000000000016178255565b613393613373604084016132da565b82546001600160801b031660809190911b6001600160801b031916178255565b600181016133c36133a6606085016132da565b82546001600160801b0319166001600160801b0391909116178255565b6133f66133d2608085016132e6565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b61342961340560a085016132e6565b82805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b61345661343860c085016132f2565b82805460ff60c01b191691151560c01b60ff60c01b16919091179055565b61348361346560e085016132f2565b82805460ff60c81b191691151560c81b60ff60c81b16919091179055565b50610100820135600282015561012090910135600390910155565b828152604081016116826020830184612ff9565b803560038110611c46575f5ffd5b80356134cb81613182565b6001600160401b0316825260208101356134e481613264565b63ffffffff1660208301526134fb604082016134b2565b6003811061350b5761350b612fe5565b6040830152606090810135910152565b6080810161069682846134c0565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561069657610696613529565b5f6001600160401b0382166001600160401b03810361357157613571613529565b60010192915050565b848152602081018490526040810183905260e0810161290a60608301846134c0565b606081016135aa8286612ff9565b6135b76020830185612ff9565b6001600160401b0383166040830152949350505050565b8181038181111561069657610696613529565b634e487b7160e01b5f52603260045260245ffd5b60ff818116838216019081111561069657610696613529565b838152606081016136226020830185612ff9565b6110d46040830184612ff9565b5f6001600160401b0382168061364757613647613529565b5f190192915050565b608081525f61367360808301600481526373697a6560e01b602082015260400190565b6020830195909552506001600160801b039283166040820152911660609091015290565b608081525f6136ba6080830160048152637465726d60e01b602082015260400190565b6020830195909552506001600160401b039283166040820152911660609091015290565b608081525f61370060808301600381526261707960e81b602082015260400190565b63ffffffff9586166020840152938516604083015250921660609092019190915290565b5f60208284031215613734575f5ffd5b5051919050565b5f6020828403121561374b575f5ffd5b611682826134b2565b634e487b7160e01b5f52601260045260245ffd5b5f60ff83168061378657634e487b7160e01b5f52601260045260245ffd5b8060ff84160691505092915050565b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e82371705932000523a704056dcd17bcf83bed8b68c59416dac1119be77755efe3bde0a64e46e0c1b1a13932f336503f5290912e5d8769a41eb7297ccc14e30ffc724b51b3224b502dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800afef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb";
